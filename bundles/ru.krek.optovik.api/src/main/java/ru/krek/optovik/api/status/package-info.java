/** The state of the whole Optovik system, as /health and optovik:status show it. */
@Export
@Version("1.0.0")
package ru.krek.optovik.api.status;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
