package ru.krek.optovik.pricing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = PricingConfig.PID, name = "Optovik price lists",
        description = "How clients' price lists are built")
public @interface PricingConfig {

    String PID = "optovik.pricing";

    @AttributeDefinition(name = "supplier", description = "The seller a list's title names")
    String supplier() default "ООО «КРЭК»";

    @AttributeDefinition(name = "formats.default",
            description = "Formats, in order of preference, for a client who chose none: the first installed one is used")
    String[] formats_default() default {"xlsx", "pdf", "csv"};

    @AttributeDefinition(name = "threads",
            description = "Lists of distinct terms built at once by pricelist:build --all; 0 = one per processor")
    int threads() default 0;
}
