package ru.krek.optovik.clients.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = ClientsConfig.PID, name = "Optovik clients",
        description = "The client directory: what new clients get and how registration works")
public @interface ClientsConfig {

    String PID = "optovik.clients";

    @AttributeDefinition(name = "default.discount", required = false,
            description = "Name of the discount type new clients get (see discount:list); empty = none")
    String default_discount() default "";

    @AttributeDefinition(name = "approval.required",
            description = "A manager approves each new client (client:approve) before it becomes active")
    boolean approval_required() default false;

    @AttributeDefinition(name = "manager.name", required = false,
            description = "The KREK manager new clients get when none is given")
    String manager_name() default "";

    @AttributeDefinition(name = "manager.email", required = false,
            description = "That manager's address: the Reply-To of letters to their clients")
    String manager_email() default "";

    @AttributeDefinition(name = "confirmation.hours",
            description = "How long a registration's confirmation link works, in hours (1 or more)")
    int confirmation_hours() default 48;
}
