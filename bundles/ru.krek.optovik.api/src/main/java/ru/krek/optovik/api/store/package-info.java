/** The Firebird store: pooled connections, transactions, parameterised statements (Sql), the database's health, and backups. */
@Export
@Version("1.2.0")
package ru.krek.optovik.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
