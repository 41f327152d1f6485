package org.haven.shared.security;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Development only: prints how to get a token from the built-in OIDC dev server, whose port is
 * chosen at start. Never present in a production build.
 */
@IfBuildProfile("dev")
class DevLoginHint {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        Log.infof("Local login (users: olivia, omar = protection-officer; maria, mehdi = programme-manager; "
                + "aude = auditor; adam = admin):%n  export TOKEN=$(curl -s -d grant_type=password -d client_id=quarkus-app "
                + "-d username=olivia %s/token | python3 -c 'import sys,json;print(json.load(sys.stdin)[\"access_token\"])')",
                issuer);
    }
}
