package ru.krek.optovik.api.catalog;

/**
 * What one exchange file carries, told by its content, not its name: 1C splits an exchange into a
 * catalog file and one or more offer files, and the store applies each kind differently.
 */
public enum FileKind {
    /** Classifier and/or catalog: groups, properties, products (import.xml, import___*.xml). */
    CATALOG,
    /** Offer package with names and usually prices and stock in one (offers.xml, offers___*.xml). */
    OFFERS,
    /** Offer package that carries only prices (UT 11 prices___*.xml): stock is not mentioned. */
    PRICES,
    /** Offer package that carries only stock (UT 11 rests___*.xml): prices are not mentioned. */
    RESTS
}
