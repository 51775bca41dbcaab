package ru.krek.optovik.api.status;

import org.osgi.annotation.versioning.ProviderType;

/** Tells how the system is, for /health, optovik:status and alerts. */
@ProviderType
public interface StatusService {
    SystemStatus status();
}
