/**
 * The PDF price list (Apache PDFBox): A4, portrait up to two warehouse columns and landscape beyond;
 * the title block on the first page; a table whose header row repeats on every page; group rows
 * indented by level; names wrapped to three lines and cut with «…» after; «стр. N из M» and the date
 * in every page's footer. The font is DejaVu Sans, shipped in the bundle and embedded as a subset.
 */
package ru.krek.optovik.format.pdf;
