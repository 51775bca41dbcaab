package ru.krek.optovik.format.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListHeader;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;

/**
 * Price lists the formatters are tested and measured with: one small list whose every line is known
 * (the tests check these exact values), and generated lists of any size.
 */
public final class SamplePriceLists {

    /** A name a spreadsheet would take as a formula; every format must show it as text. */
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\";\"Скидка 90 %\")";
    /** Longer than any format's name column: wrapped or cut, never lost from the file. */
    public static final String LONG_NAME = "Набор торцевых головок с трещоткой и удлинителями в пластиковом кейсе, "
            + "хромованадиевая сталь, 94 предмета, для профессионального автосервиса";
    public static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    public static final List<String> WAREHOUSES = List.of("Москва", "Санкт-Петербург");

    private SamplePriceLists() {
    }

    /** Three levels of groups, stock per warehouse and total, a formula-looking name and article. */
    public static PriceList small() {
        PriceListHeader header = header(WAREHOUSES, 3);
        return new PriceList(header, List.of(
                new PriceListSection("g1", "Инструмент", 0, List.of()),
                new PriceListSection("g11", "Ручной инструмент", 1, List.of(
                        line("o1", "МЛТ-500", "Молоток слесарный 500 г", "Зубр", "шт", "450.00", "17", "12", "5"))),
                new PriceListSection("g111", "Отвёртки", 2, List.of(
                        line("o2", "ОТВ-PH2", "Отвёртка крестовая PH2 × 100 мм", "Kraftool", "шт", "1234.56", "1250", "1000", "250"),
                        line("o3", "-12", FORMULA_NAME, "@Атака", "шт", "99.90", "3", "3", null),
                        line("o4", "НТГ-94", LONG_NAME, "Ombra", "компл", "18990.00", "0", "0", "0"))),
                new PriceListSection("g2", "Крепёж", 0, List.of(
                        line("o5", "", "Саморез по дереву 3,5×25, фасовка «на вес»", "", "кг", "312.40", "12.5", "10.25", "2.25"),
                        line("o6", "ГВЗ-100", "Гвозди строительные 100 мм", "Северсталь", "кг", "145.00", null, null, null)))));
    }

    /**
     * A generated list: {@code lines} offers spread over 8 top groups × 4 subgroups × 3 sub-subgroups,
     * names of 30–90 Cyrillic characters, the same for the same seed.
     */
    public static PriceList generated(int lines, List<String> warehouses, long seed) {
        Random random = new Random(seed);
        List<PriceListSection> sections = new ArrayList<>();
        int leaves = 8 * 4 * 3;
        int made = 0;
        int leaf = 0;
        for (int a = 1; a <= 8; a++) {
            sections.add(new PriceListSection("g" + a, "Раздел " + a, 0, List.of()));
            for (int b = 1; b <= 4; b++) {
                sections.add(new PriceListSection("g" + a + "." + b, "Подраздел " + a + "." + b, 1, List.of()));
                for (int c = 1; c <= 3; c++) {
                    leaf++;
                    int upTo = (int) ((long) lines * leaf / leaves);
                    List<PriceListLine> own = new ArrayList<>(upTo - made);
                    for (; made < upTo; made++) {
                        own.add(randomLine(random, made, warehouses.size()));
                    }
                    sections.add(new PriceListSection("g" + a + "." + b + "." + c, "Группа " + a + "." + b + "." + c, 2, own));
                }
            }
        }
        return new PriceList(header(warehouses, lines / 50), sections);
    }

    private static PriceListHeader header(List<String> warehouses, int leftOut) {
        return new PriceListHeader("ООО «КРЭК»", DATE, "Оптовая − 5 %", "Оптовая", "RUB", true,
                List.of("Инструмент", "Крепёж"), false, warehouses, leftOut);
    }

    private static PriceListLine line(String id, String article, String name, String maker, String unit, String price,
            String stock, String first, String second) {
        List<BigDecimal> byWarehouse = new ArrayList<>();
        byWarehouse.add(first == null ? null : new BigDecimal(first));
        byWarehouse.add(second == null ? null : new BigDecimal(second));
        return new PriceListLine(id, article, name, maker, unit, new BigDecimal(price),
                stock == null ? null : new BigDecimal(stock), byWarehouse);
    }

    private static final String[] WORDS = {"Болт", "гайка", "шайба", "стальная", "оцинкованная", "DIN", "933",
        "шуруповёрт", "аккумуляторный", "набор", "ключей", "рожковых", "кабель", "медный", "ВВГнг", "3×2,5",
        "лампа", "светодиодная", "E27", "тёплый", "белый", "перчатки", "х/б", "с ПВХ", "краска", "фасадная"};
    private static final String[] UNITS = {"шт", "кг", "м", "упак", "компл"};

    private static PriceListLine randomLine(Random random, int n, int warehouses) {
        StringBuilder name = new StringBuilder();
        int length = 30 + random.nextInt(61);
        while (name.length() < length) {
            name.append(name.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(5_000_000), 2);
        List<BigDecimal> byWarehouse = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int w = 0; w < warehouses; w++) {
            BigDecimal stock = BigDecimal.valueOf(random.nextInt(500));
            byWarehouse.add(stock);
            total = total.add(stock);
        }
        BigDecimal stock = warehouses == 0 ? BigDecimal.valueOf(random.nextInt(1000)) : total;
        return new PriceListLine("offer-" + n, "АРТ-" + (100000 + n), name.toString(), "Завод №" + (1 + n % 40),
                UNITS[n % UNITS.length], price, stock, byWarehouse);
    }
}
