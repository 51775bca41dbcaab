package ru.krek.optovik.onec.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "optovik.onec", name = "Optovik 1C exchange",
        description = "How 1C:Enterprise delivers its catalog: the HTTP exchange at /1c/exchange and the drop folder.")
public @interface OnecConfig {

    @AttributeDefinition(name = "Exchange user", required = false,
            description = "User name 1C sends (HTTP Basic) in the site exchange settings")
    String exchange_user() default "";

    @AttributeDefinition(name = "Exchange password", type = AttributeType.PASSWORD, required = false,
            description = "Password 1C sends. Empty: the HTTP exchange is off and answers failure to every request")
    String exchange_password() default "";

    @AttributeDefinition(name = "Drop folder", required = false,
            description = "Folder watched for exchanges (XML files, zips or one subfolder per exchange); "
                    + "relative to OPTOVIK_HOME. Imported exchanges move to 1c/processed, refused ones to 1c/failed")
    String inbox() default OnecSettings.DEFAULT_INBOX;

    @AttributeDefinition(name = "File limit", min = "1024",
            description = "Largest piece in bytes 1C may send in one upload request (told to 1C at init); "
                    + "bigger files arrive in several pieces")
    long file_limit() default OnecSettings.DEFAULT_FILE_LIMIT;
}
