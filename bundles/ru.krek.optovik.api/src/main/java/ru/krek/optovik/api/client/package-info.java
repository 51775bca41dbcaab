/**
 * The client directory: KREK's wholesale clients, what they receive (groups, discount terms, formats,
 * frequencies), their registration with double opt-in, and the discount types managers assign.
 */
@Export
@Version("1.0.0")
package ru.krek.optovik.api.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
