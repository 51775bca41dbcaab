package ru.krek.optovik.onec.internal.cml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.Price;
import ru.krek.optovik.api.catalog.Stock;

/**
 * One Предложение: identity, prices and stock. Stock comes in three shapes (Количество;
 * {@code <Склад ИдСклада= КоличествоНаСкладе=/>}; Остатки/Остаток/Склад/{Ид,Количество}); a warehouse
 * named twice in one offer is summed. When only warehouses are given, the total is their sum.
 */
final class OfferElement {

    private final FileScope scope;
    private final XmlCursor c;

    OfferElement(FileScope scope) {
        this.scope = scope;
        this.c = scope.cursor;
    }

    Offer read() throws CommerceMlException {
        int line = c.line();
        boolean deleted = Statuses.deleted(c.attr("Статус"));
        String id = null;
        String name = null;
        String article = null;
        String unit = null;
        Map<String, String> characteristics = new LinkedHashMap<>();
        List<Price> prices = new ArrayList<>();
        BigDecimal total = null;
        Map<String, BigDecimal> byWarehouse = new LinkedHashMap<>();
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "Ид" -> id = c.id();
                case "Наименование" -> name = c.text();
                case "Артикул" -> article = c.text();
                case "БазоваяЕдиница" -> unit = ItemParts.unit(scope);
                case "ХарактеристикиТовара" -> ItemParts.characteristics(scope, characteristics);
                case "Цены" -> prices(prices);
                case "Количество" -> total = add(total, c.decimal());
                case "Склад" -> warehouseAttributes(byWarehouse);
                case "Остатки" -> total = add(total, rests(byWarehouse));
                case "Статус" -> deleted |= Statuses.deleted(c.text());
                case "ПометкаУдаления" -> deleted |= c.flag();
                default -> c.skip();
            }
        }
        if (id == null) {
            throw c.errorAt(line, Problem.MISSING_ID, "предложение «" + name + "»");
        }
        int hash = id.indexOf('#');
        String productId = hash < 0 ? id : id.substring(0, hash);
        String characteristicId = hash < 0 || hash == id.length() - 1 ? null : id.substring(hash + 1);
        if (productId.isBlank()) {
            throw c.error(Problem.MISSING_ID, "товар предложения «" + id + "»");
        }
        scope.unique(scope.offers, id, "Предложение", line);
        return new Offer(id, productId, characteristicId, name, article, unit, characteristics, prices,
                stock(total, byWarehouse), deleted);
    }

    private static Stock stock(BigDecimal total, Map<String, BigDecimal> byWarehouse) {
        if (total == null && byWarehouse.isEmpty()) {
            return Stock.UNKNOWN;
        }
        if (total == null) {
            total = byWarehouse.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new Stock(total, byWarehouse);
    }

    private void prices(List<Price> into) throws CommerceMlException {
        int list = c.depth();
        while (c.nextChild(list)) {
            if ("Цена".equals(c.name())) {
                scope.bounded(into.size(), "Цены");
                into.add(price());
            } else {
                c.skip();
            }
        }
    }

    private Price price() throws CommerceMlException {
        String typeId = null;
        BigDecimal amount = null;
        String currency = null;
        String unit = null;
        BigDecimal coefficient = null;
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "ИдТипаЦены" -> typeId = c.id();
                case "ЦенаЗаЕдиницу" -> amount = c.decimal();
                case "Валюта" -> currency = Currencies.normalize(c.text());
                case "Единица" -> unit = c.text();
                case "Коэффициент" -> coefficient = c.decimal();
                default -> c.skip();
            }
        }
        if (typeId == null) {
            throw c.error(Problem.MISSING_VALUE, "ИдТипаЦены");
        }
        if (amount == null) {
            throw c.error(Problem.MISSING_VALUE, "ЦенаЗаЕдиницу");
        }
        if (amount.signum() < 0) {
            throw c.error(Problem.BAD_VALUE, amount.toPlainString(), "ЦенаЗаЕдиницу", "цена не может быть отрицательной");
        }
        if (coefficient != null && coefficient.signum() <= 0) {
            throw c.error(Problem.BAD_VALUE, coefficient.toPlainString(), "Коэффициент", "коэффициент должен быть больше нуля");
        }
        if (currency == null) {
            currency = scope.priceTypeCurrencies.get(typeId);
        }
        return new Price(typeId, amount, currency, unit, coefficient == null ? BigDecimal.ONE : coefficient);
    }

    /** {@code <Склад ИдСклада="…" КоличествоНаСкладе="…"/>}. */
    private void warehouseAttributes(Map<String, BigDecimal> into) throws CommerceMlException {
        String warehouseId = c.attr("ИдСклада");
        BigDecimal quantity = c.toDecimal(c.attr("КоличествоНаСкладе"), "Склад @КоличествоНаСкладе");
        c.skip();
        if (warehouseId != null && !warehouseId.isEmpty() && quantity != null) {
            put(into, warehouseId, quantity);
        }
    }

    /** Остатки/Остаток/(Склад/{Ид,Количество} | Количество); returns a total given without a warehouse. */
    private BigDecimal rests(Map<String, BigDecimal> into) throws CommerceMlException {
        BigDecimal total = null;
        int list = c.depth();
        while (c.nextChild(list)) {
            int rest = c.depth();
            while (c.nextChild(rest)) {
                switch (c.name()) {
                    case "Склад" -> {
                        String warehouseId = null;
                        BigDecimal quantity = null;
                        int w = c.depth();
                        while (c.nextChild(w)) {
                            switch (c.name()) {
                                case "Ид" -> warehouseId = c.id();
                                case "Количество" -> quantity = c.decimal();
                                default -> c.skip();
                            }
                        }
                        if (warehouseId != null && quantity != null) {
                            put(into, warehouseId, quantity);
                        }
                    }
                    case "Количество" -> total = add(total, c.decimal());
                    default -> c.skip();
                }
            }
        }
        return total;
    }

    private void put(Map<String, BigDecimal> into, String warehouseId, BigDecimal quantity) throws CommerceMlException {
        BigDecimal before = into.get(warehouseId);
        if (before == null) {
            scope.bounded(into.size(), "Склад");
        }
        into.put(warehouseId, before == null ? quantity : before.add(quantity));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : a.add(b);
    }
}
