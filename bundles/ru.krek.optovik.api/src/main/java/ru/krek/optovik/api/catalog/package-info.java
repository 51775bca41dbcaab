/**
 * The catalog as 1C describes it, independent of any file format: groups, price types, warehouses,
 * products and offers, and the {@link ru.krek.optovik.api.catalog.CatalogSink} a reader streams them
 * into. A reader of CommerceML (or any later format) produces these; the catalog store consumes them.
 */
@Export
@Version("1.4.0")
package ru.krek.optovik.api.catalog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
