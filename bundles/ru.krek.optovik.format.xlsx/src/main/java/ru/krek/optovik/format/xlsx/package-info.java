/**
 * The XLSX price list, written with POI's streaming SXSSF (a window of rows in memory, the rest on
 * disk), so a list of any length costs the same heap. One sheet: the title block, a frozen header row
 * with an autofilter, group rows with outline levels (level 0 = top group; an offer one deeper than its
 * group), money and quantity as numbers with formats, stock per warehouse when the list has it.
 */
package ru.krek.optovik.format.xlsx;
