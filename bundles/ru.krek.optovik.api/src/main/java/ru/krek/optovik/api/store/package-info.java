/** The Firebird store: pooled connections, transactions and the database's health. */
@Export
@Version("1.0.0")
package ru.krek.optovik.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
