/**
 * An example price-list format, for anyone who wants to add one: an HTML page with one table.
 *
 * <p>How to add a format to Optovik:
 * <ol>
 * <li>Make a bundle that imports {@code ru.krek.optovik.api.pricelist} (version range [1.0,2)) and
 *     nothing else of Optovik. Here: a Maven module with the bnd-maven-plugin; bnd computes the imports.</li>
 * <li>Implement {@link ru.krek.optovik.api.pricelist.PriceListFormatter} as a DS component
 *     ({@code @Component(service = PriceListFormatter.class)}), no configuration needed. Give it an
 *     {@code id()} no other formatter uses: clients choose formats by it.</li>
 * <li>{@code write} gets the whole list, already priced and grouped: write it to the stream and do not
 *     close the stream. Keep no state between calls (lists are written in parallel), and pass every text
 *     from 1C or clients (names, articles, manufacturers, groups, terms) through
 *     {@link ru.krek.optovik.api.pricelist.CellText#neutralise(String)}, plus the escaping your format
 *     needs (here HTML escaping).</li>
 * <li>Libraries: use them as OSGi bundles installed beside yours, or embed plain jars on your bundle's
 *     class path ({@code -includeresource: lib/x.jar=x-1.0.jar;lib:=true}), as the XLSX formatter does.</li>
 * <li>Deploy: drop the jar into {@code run/deploy} (or {@code install}/{@code start} it in the Gogo shell);
 *     {@code pricelist:formats} lists it at once; a newer jar dropped over it replaces it, deleting it
 *     removes the format, all without a restart.</li>
 * </ol>
 */
package ru.krek.optovik.format.html;
