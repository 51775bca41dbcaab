/**
 * The CSV price list, for a Russian Excel and for machines: UTF-8 with a byte-order mark (Excel takes
 * the file as UTF-8 only with it), {@code ;} between fields (the list separator of a Russian Windows),
 * decimal comma, CRLF line ends, fields quoted only when they hold {@code ;}, quotes or line breaks.
 *
 * <p>Layout: a title block of two-field rows (Прайс-лист, Дата, Условия, Тип цен, Цены «с НДС»/«без НДС»,
 * Валюта, Группы, Наличие, Не вошло), one empty row, then the header row and one row per offer. A CSV has
 * no group rows: each offer carries its group path («Инструмент / Ручной / Отвёртки») in the first column,
 * so the table sorts and filters as one. Stock per warehouse, when the list has it, follows the total in
 * one column per warehouse. Text from 1C and clients goes through {@code CellText.neutralise}.
 */
package ru.krek.optovik.format.csv;
