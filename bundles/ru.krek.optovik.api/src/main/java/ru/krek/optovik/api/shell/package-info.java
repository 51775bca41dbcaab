/**
 * What every bundle's Gogo commands share so operators see one shape of output (as Karaf's shell
 * support does): plain-text tables that never cut a cell, for scripts and people alike.
 */
@Export
@Version("1.0.0")
package ru.krek.optovik.api.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
