package ru.krek.optovik.onec.internal.generate;

import java.util.SplittableRandom;

/**
 * One kind of component a leaf group holds (0603 resistors, STM32 microcontrollers…): how its parts
 * are named and numbered, what they cost, and which characteristic splits a part into offers.
 *
 * @param path            the leaf group's path, e.g. "Резисторы/SMD/0603"
 * @param weight          how many of the catalog's products are of this family, relatively
 * @param minPrice        cheapest retail price, RUB
 * @param maxPrice        dearest retail price, RUB
 * @param mount           "SMD" or "Выводной" (a dictionary property)
 * @param characteristic  what variants differ in (e.g. "Цвет свечения"); null when the family has none
 * @param variants        the characteristic's values
 * @param maker           invents one part of the family
 */
record Family(String path, int weight, double minPrice, double maxPrice, String mount, String characteristic,
        String[] variants, Maker maker) {

    /** A part as a datasheet would list it. */
    record Part(String manufacturer, String article, String name, String casing) {
    }

    @FunctionalInterface
    interface Maker {
        Part make(SplittableRandom r);
    }
}
