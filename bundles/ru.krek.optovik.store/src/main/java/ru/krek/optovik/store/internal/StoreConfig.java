package ru.krek.optovik.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "optovik.db", name = "Optovik database",
        description = "Where Optovik keeps its data: embedded Firebird in OPTOVIK_HOME/data, or a Firebird server.")
public @interface StoreConfig {

    @AttributeDefinition(name = "URL", required = false,
            description = "Empty: embedded Firebird at OPTOVIK_HOME/data/optovik.fdb. "
                    + "Server: jdbc:firebird://host:port/path (the path as the server sees it, or an alias). "
                    + "An embedded file elsewhere: jdbc:firebird:embedded:/path/file.fdb")
    String url() default "";

    @AttributeDefinition(name = "User", description = "Firebird user (embedded mode ignores it)")
    String user() default "SYSDBA";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "Firebird password; required for a server")
    String password() default "";

    @AttributeDefinition(name = "Pool size", min = "1", max = "100",
            description = "Most connections held open at once")
    int pool_size() default 8;
}
