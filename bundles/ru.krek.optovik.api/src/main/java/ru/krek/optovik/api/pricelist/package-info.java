/**
 * Price lists: the format-neutral model a client's list is built into ({@link PriceList}), and the
 * plug-in point for the bundles that write it as a file ({@link PriceListFormatter}). A formatter sees
 * only this model, never the database.
 */
@Export
@Version("1.2.0")
package ru.krek.optovik.api.pricelist;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
