/** Facts of the running installation that every bundle shares: where it keeps its files. */
@Export
@Version("1.0.0")
package ru.krek.optovik.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
