package ru.krek.optovik.shell.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "optovik.shell", name = "Optovik operator shell",
        description = "The Gogo shell over SSH on 127.0.0.1. run/optovik exec always gets in with its own key "
                + "(OPTOVIK_HOME/keys/exec_key); people need an entry in users.")
public @interface ShellConfig {

    @AttributeDefinition(name = "Users", required = false,
            description = "Comma-separated name=credential entries. A credential is a password hash made by "
                    + "'run/optovik exec shell:hash' (pbkdf2:...) or the path of an authorized_keys file "
                    + "(relative to OPTOVIK_HOME), e.g. operator=pbkdf2:sha256:210000:...,anna=keys/anna.pub")
    String users() default "";

    @AttributeDefinition(name = "Port", min = "1", max = "65535",
            description = "SSH port on 127.0.0.1; the environment variable OPTOVIK_SSH_PORT overrides it")
    int port() default 8101;
}
