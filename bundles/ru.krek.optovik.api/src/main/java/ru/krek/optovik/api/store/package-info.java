/** The Firebird store: pooled connections, transactions, the database's health, and backups. */
@Export
@Version("1.1.0")
package ru.krek.optovik.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
