package ru.krek.optovik.api.catalog;

/**
 * A price type (ТипЦены), e.g. Розничная or Оптовая: every price names one.
 *
 * @param id          Ид
 * @param name        Наименование
 * @param currency    ISO 4217 code when recognisable ("RUB" for руб., RUR, 643), else as written; null when
 *                    not stated
 * @param vatIncluded the price already includes VAT (Налог/УчтеноВСумме = true); false when not stated
 */
public record PriceType(String id, String name, String currency, boolean vatIncluded) {

    public PriceType {
        Ids.require(id, "price type id");
    }
}
