package ru.krek.optovik.notify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code optovik.notify}: change notifications and the chain that runs after each import. */
@ObjectClassDefinition(id = NotifyConfig.PID, name = "Optovik change notifications",
        description = "What happens after a successful import (notices to instant clients, price lists due), "
                + "and how the letters look. Digests are scheduled in optovik.jobs (digest.cron).")
public @interface NotifyConfig {

    String PID = "optovik.notify";

    @AttributeDefinition(name = "After each import",
            description = "Run the after-import job (instant notices, then price lists due each import) as soon as "
                    + "a successful import appears, whatever started it (drop folder, 1C over HTTP, catalog:import)")
    boolean after_import() default true;

    @AttributeDefinition(name = "Look for new imports every (seconds)", min = "1",
            description = "How often the catalog is asked for a new successful import")
    int poll_seconds() default 5;

    @AttributeDefinition(name = "Lines per section", min = "1",
            description = "At most this many lines per section of a letter; the rest are counted and left to the price list")
    int letter_max_lines() default 300;
}
