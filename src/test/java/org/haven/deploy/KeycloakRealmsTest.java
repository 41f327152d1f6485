package org.haven.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.haven.shared.security.Roles;

/**
 * The Keycloak realm exports in deploy/keycloak, checked without a Keycloak: they parse strictly into
 * Keycloak 26's own representation classes (so a misspelt field fails), and they give Haven what it
 * checks in every token: the roles, the audience, the teams claim. The production realm holds no
 * users and no secrets, offers no password grant, and makes managers and admins use a one-time code.
 */
class KeycloakRealmsTest {

    private static final Path PRODUCTION = Manifests.DEPLOY.resolve("keycloak/haven-realm.json");
    private static final Path DEVELOPMENT = Manifests.DEPLOY.resolve("keycloak/haven-dev-realm.json");
    private static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    @Test
    void bothRealmsAreKeycloakRealmRepresentations() throws IOException {
        assertEquals("haven", realm(PRODUCTION).getRealm());
        assertEquals("haven-dev", realm(DEVELOPMENT).getRealm());

        String misspelt = Files.readString(PRODUCTION).replace("\"bruteForceProtected\"", "\"bruteForceProtect\"");
        AssertionError error = assertThrows(AssertionError.class,
                () -> Manifests.typed(Manifests.STRICT.readTree(misspelt), RealmRepresentation.class, "misspelt"));
        assertTrue(error.getMessage().contains("bruteForceProtect"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "haven-realm.json", "haven-dev-realm.json" })
    void realmDefinesEveryRoleHavenKnows(String file) {
        RealmRepresentation realm = realm(Manifests.DEPLOY.resolve("keycloak").resolve(file));
        Set<String> roles = realm.getRoles().getRealm().stream().map(RoleRepresentation::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(Roles.ALL), roles, file + ": exactly the roles of shared.security.Roles");
    }

    @ParameterizedTest
    @ValueSource(strings = { "haven-realm.json", "haven-dev-realm.json" })
    void everyTokenForHavenCarriesItsAudienceAndTheTeamsClaim(String file) throws IOException {
        RealmRepresentation realm = realm(Manifests.DEPLOY.resolve("keycloak").resolve(file));
        String audience = productionDefault("quarkus.oidc.token.audience");
        String teamClaim = property("haven.security.team-claim");

        ClientRepresentation api = client(realm, audience);
        assertEquals(Boolean.TRUE, api.isBearerOnly(), file + ": " + audience + " only receives tokens");
        assertNull(api.getSecret(), file + ": no client secret in the repository");

        List<ClientRepresentation> issuing = realm.getClients().stream()
                .filter(c -> Boolean.TRUE.equals(c.isStandardFlowEnabled())
                        || Boolean.TRUE.equals(c.isDirectAccessGrantsEnabled()))
                // the end-to-end suite's deliberately wrong client: tokens without the audience
                .filter(c -> !c.getClientId().equals("haven-dev-no-audience"))
                .toList();
        assertFalse(issuing.isEmpty(), file + ": some client issues user tokens");
        for (ClientRepresentation client : issuing) {
            String where = file + ": client " + client.getClientId();
            Map<String, ProtocolMapperRepresentation> mappers = client.getProtocolMappers().stream()
                    .collect(Collectors.toMap(ProtocolMapperRepresentation::getProtocolMapper, Function.identity()));
            ProtocolMapperRepresentation audienceMapper = mappers.get("oidc-audience-mapper");
            assertNotNull(audienceMapper, where + " has no audience mapper: Haven would refuse its tokens");
            assertEquals(audience, audienceMapper.getConfig().get("included.client.audience"), where);
            assertEquals("true", audienceMapper.getConfig().get("access.token.claim"), where + ": in access tokens");

            ProtocolMapperRepresentation teams = mappers.get("oidc-group-membership-mapper");
            assertNotNull(teams, where + " has no teams mapper: need-to-know would see no team");
            assertEquals(teamClaim, teams.getConfig().get("claim.name"), where + ": the claim Haven reads");
            assertEquals("false", teams.getConfig().get("full.path"), where + ": bare team names, not /teams/x");
            assertEquals("true", teams.getConfig().get("access.token.claim"), where + ": in access tokens");

            assertEquals(Boolean.TRUE, client.isPublicClient(), where + ": no client secret to keep");
            assertFalse(Boolean.TRUE.equals(client.isImplicitFlowEnabled()), where + ": no implicit flow");
            assertTrue(client.getDefaultClientScopes().containsAll(List.of("basic", "roles")),
                    where + ": tokens carry sub (basic) and realm roles (roles)");
            assertFalse(client.getOptionalClientScopes().contains("offline_access"), where + ": no offline tokens");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "haven-realm.json", "haven-dev-realm.json" })
    void tokensAreShortLivedSessionsIdleOutAndGuessingIsThrottled(String file) {
        RealmRepresentation realm = realm(Manifests.DEPLOY.resolve("keycloak").resolve(file));
        assertEquals(300, realm.getAccessTokenLifespan(), file + ": access tokens live 5 minutes");
        assertEquals(1800, realm.getSsoSessionIdleTimeout(), file + ": sessions idle out after 30 minutes");
        assertTrue(realm.getSsoSessionMaxLifespan() <= 36000, file + ": sessions end within a working day");
        assertEquals(Boolean.TRUE, realm.isBruteForceProtected(), file + ": brute-force protection");
        assertFalse("none".equals(realm.getSslRequired()), file + ": TLS required outside private networks");
        assertEquals(Boolean.TRUE, realm.getRevokeRefreshToken(), file + ": refresh tokens are single use");
        assertEquals(Boolean.FALSE, realm.isRegistrationAllowed(), file + ": nobody signs themselves up");
    }

    /**
     * The web console signs in with its own public client: code flow with PKCE S256 only, exact redirect
     * URIs at the paths Haven's console tenant uses. Its access token is shaped like the API's (audience,
     * roles, teams: checked above for every client that issues tokens); the ID token, which travels in
     * the logout URL as id_token_hint, carries no teams.
     */
    @ParameterizedTest
    @ValueSource(strings = { "haven-realm.json", "haven-dev-realm.json" })
    void theConsoleSignsInWithItsOwnPublicPkceClient(String file) throws IOException {
        RealmRepresentation realm = realm(Manifests.DEPLOY.resolve("keycloak").resolve(file));
        ClientRepresentation console = client(realm, productionDefault("quarkus.oidc.console.client-id"));
        String where = file + ": " + console.getClientId();
        assertEquals(Boolean.TRUE, console.isPublicClient(), where + ": no secret to keep");
        assertEquals(Boolean.TRUE, console.isStandardFlowEnabled(), where + ": code flow");
        assertFalse(Boolean.TRUE.equals(console.isDirectAccessGrantsEnabled()), where + ": no password grant");
        assertFalse(Boolean.TRUE.equals(console.isImplicitFlowEnabled()), where + ": no implicit flow");
        assertEquals("S256", console.getAttributes().get("pkce.code.challenge.method"), where + ": PKCE S256");
        String callback = property("quarkus.oidc.console.authentication.redirect-path");
        String signedOut = property("quarkus.oidc.console.logout.post-logout-path");
        assertFalse(console.getRedirectUris().isEmpty(), where);
        console.getRedirectUris().forEach(uri -> assertTrue(uri.matches("https?://[^*/]+" + callback), where + ": " + uri));
        for (String uri : console.getAttributes().get("post.logout.redirect.uris").split("##")) {
            assertTrue(uri.matches("https?://[^*/]+" + signedOut), where + ": after logout " + uri);
        }
        ProtocolMapperRepresentation teams = console.getProtocolMappers().stream()
                .filter(m -> "oidc-group-membership-mapper".equals(m.getProtocolMapper())).findFirst().orElseThrow();
        assertEquals("false", teams.getConfig().get("id.token.claim"), where + ": no teams in the ID token");
    }

    @Test
    void productionRealmHoldsNoUsersNoSecretsAndOffersNoPasswordGrant() throws IOException {
        RealmRepresentation realm = realm(PRODUCTION);
        assertTrue(realm.getUsers() == null || realm.getUsers().isEmpty(), "no users in the production realm");
        assertNull(realm.getFederatedUsers(), "no users in the production realm");
        assertNull(realm.getSmtpServer(), "no SMTP password");
        assertNull(realm.getIdentityProviders(), "no identity provider secrets");
        assertNull(realm.getComponents(), "no key material or LDAP bind credentials");
        String text = Files.readString(PRODUCTION);
        assertFalse(text.matches("(?s).*\"(secret|value|privateKey|password)\"\\s*:.*"), "no secret value in " + PRODUCTION);
        for (ClientRepresentation client : realm.getClients()) {
            assertFalse(Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled()),
                    client.getClientId() + ": no password grant in production");
            assertFalse(Boolean.TRUE.equals(client.isServiceAccountsEnabled()),
                    client.getClientId() + ": no service account (it would need a secret)");
            Optional.ofNullable(client.getRedirectUris()).orElse(List.of()).forEach(uri -> assertFalse(
                    uri.equals("*") || uri.equals("/*"), client.getClientId() + ": redirect URIs are not wildcards: " + uri));
        }
        ClientRepresentation cli = client(realm, "haven-cli");
        assertEquals(Boolean.TRUE, cli.isStandardFlowEnabled(), "haven-cli uses the authorization code flow");
        assertEquals("S256", cli.getAttributes().get("pkce.code.challenge.method"), "haven-cli requires PKCE S256");

        Map<String, AuthenticationFlowRepresentation> flows = flows(realm);
        for (String binding : List.of(realm.getDirectGrantFlow(), realm.getRegistrationFlow())) {
            AuthenticationFlowRepresentation flow = flows.get(binding);
            assertNotNull(flow, "bound flow " + binding + " exists");
            assertEquals(List.of("deny-access-authenticator REQUIRED"), flow.getAuthenticationExecutions().stream()
                    .map(e -> e.getAuthenticator() + " " + e.getRequirement()).toList(),
                    binding + ": password grant and registration are refused whatever a client says");
        }
    }

    @Test
    void programmeManagersAndAdminsMustSignInWithAOneTimeCode() {
        RealmRepresentation realm = realm(PRODUCTION);
        Map<String, AuthenticationFlowRepresentation> flows = flows(realm);
        Map<String, AuthenticatorConfigRepresentation> configs = realm.getAuthenticatorConfig().stream()
                .collect(Collectors.toMap(AuthenticatorConfigRepresentation::getAlias, Function.identity()));
        Set<String> roles = realm.getRoles().getRealm().stream().map(RoleRepresentation::getName)
                .collect(Collectors.toSet());

        for (AuthenticationFlowRepresentation flow : flows.values()) {
            for (AuthenticationExecutionExportRepresentation execution : flow.getAuthenticationExecutions()) {
                String where = "flow '" + flow.getAlias() + "'";
                if (execution.isAuthenticatorFlow()) {
                    assertTrue(flows.containsKey(execution.getFlowAlias()), where + " calls a missing subflow "
                            + execution.getFlowAlias());
                    assertFalse(flows.get(execution.getFlowAlias()).isTopLevel(), where + ": subflows are not top-level");
                }
                if (execution.getAuthenticator() != null && execution.getAuthenticator().startsWith("conditional-")) {
                    assertEquals("REQUIRED", execution.getRequirement(), where + ": conditions are REQUIRED");
                }
                if (execution.isAuthenticatorFlow() && "CONDITIONAL".equals(execution.getRequirement())) {
                    assertTrue(flows.get(execution.getFlowAlias()).getAuthenticationExecutions().stream()
                            .anyMatch(e -> e.getAuthenticator() != null && e.getAuthenticator().startsWith("conditional-")),
                            where + ": conditional subflow " + execution.getFlowAlias() + " has no condition");
                }
                if (execution.getAuthenticatorConfig() != null) {
                    AuthenticatorConfigRepresentation config = configs.get(execution.getAuthenticatorConfig());
                    assertNotNull(config, where + " names a missing config " + execution.getAuthenticatorConfig());
                    if ("conditional-user-role".equals(execution.getAuthenticator())) {
                        assertTrue(roles.contains(config.getConfig().get("condUserRole")), where + ": unknown role in "
                                + config.getAlias());
                    }
                }
            }
        }
        AuthenticationFlowRepresentation browser = flows.get(realm.getBrowserFlow());
        assertNotNull(browser, "the browser flow binding names a flow");
        assertTrue(browser.isTopLevel());
        assertNull(realm.getRequiredActions(), "Keycloak's default required actions stay, CONFIGURE_TOTP among them");

        List<AuthenticationFlowRepresentation> reachable = reachable(browser, flows);
        for (String role : List.of(Roles.PROGRAMME_MANAGER, Roles.ADMIN)) {
            boolean enforced = reachable.stream().anyMatch(flow -> {
                List<AuthenticationExecutionExportRepresentation> steps = flow.getAuthenticationExecutions();
                boolean gated = steps.stream().anyMatch(e -> "conditional-user-role".equals(e.getAuthenticator())
                        && "REQUIRED".equals(e.getRequirement())
                        && role.equals(configs.get(e.getAuthenticatorConfig()).getConfig().get("condUserRole"))
                        && "false".equals(configs.get(e.getAuthenticatorConfig()).getConfig().get("negate")));
                boolean otp = steps.stream().anyMatch(e -> "auth-otp-form".equals(e.getAuthenticator())
                        && "REQUIRED".equals(e.getRequirement()));
                return gated && otp && calledAs(flow, "CONDITIONAL", flows);
            });
            assertTrue(enforced, role + ": the browser flow requires a one-time code (and its setup) for this role");
        }
    }

    private static List<AuthenticationFlowRepresentation> reachable(AuthenticationFlowRepresentation start,
            Map<String, AuthenticationFlowRepresentation> flows) {
        List<AuthenticationFlowRepresentation> found = new ArrayList<>(List.of(start));
        for (int i = 0; i < found.size(); i++) {
            for (AuthenticationExecutionExportRepresentation e : found.get(i).getAuthenticationExecutions()) {
                if (e.isAuthenticatorFlow() && !"DISABLED".equals(e.getRequirement())
                        && !found.contains(flows.get(e.getFlowAlias()))) {
                    found.add(flows.get(e.getFlowAlias()));
                }
            }
        }
        return found;
    }

    private static boolean calledAs(AuthenticationFlowRepresentation subflow, String requirement,
            Map<String, AuthenticationFlowRepresentation> flows) {
        return flows.values().stream().flatMap(f -> f.getAuthenticationExecutions().stream())
                .anyMatch(e -> subflow.getAlias().equals(e.getFlowAlias()) && requirement.equals(e.getRequirement()));
    }

    @Test
    void developmentRealmHasASyntheticUserPerRoleInTeamsAndItsOwnPasswordGrantClient() {
        RealmRepresentation realm = realm(DEVELOPMENT);
        assertNull(realm.getAuthenticationFlows(), "Keycloak's default flows: no one-time code in development");

        Set<String> teams = new HashSet<>();
        for (GroupRepresentation group : realm.getGroups()) {
            group.getSubGroups().forEach(team -> teams.add(group.getPath() + "/" + team.getName()));
        }
        Set<String> covered = new HashSet<>();
        for (UserRepresentation user : realm.getUsers()) {
            String where = "user " + user.getUsername();
            assertTrue(user.getEmail().endsWith(".invalid"), where + " is synthetic (reserved .invalid domain)");
            assertTrue(user.getFirstName() != null && user.getLastName() != null && user.isEmailVerified(),
                    where + " has a complete profile, so that Keycloak asks for no update at sign-in");
            assertTrue(user.getRequiredActions().isEmpty(), where + " has no pending action");
            assertEquals(1, user.getRealmRoles().size(), where + " has one role");
            covered.addAll(user.getRealmRoles());
            assertFalse(user.getGroups().isEmpty(), where + " is in a team");
            assertTrue(teams.containsAll(user.getGroups()), where + " is in existing teams: " + user.getGroups());
            CredentialRepresentation password = user.getCredentials().get(0);
            assertEquals("password", password.getType());
            assertEquals(Boolean.FALSE, password.isTemporary(), where + ": usable by the password grant at once");
            assertTrue(password.getValue().contains("dev"), where + ": obviously a development password");
        }
        assertEquals(Set.copyOf(Roles.ALL), covered, "a user for every role");

        ClientRepresentation devCli = client(realm, "haven-dev-cli");
        assertEquals(Boolean.TRUE, devCli.isDirectAccessGrantsEnabled(), "haven-dev-cli offers the password grant");
        assertEquals(Boolean.FALSE, devCli.isStandardFlowEnabled(), "haven-dev-cli does nothing else");
        // haven-dev-* clients exist only in this realm (the end-to-end suite uses the two test-only ones
        // for expired and audience-less tokens); the production clients stay as in production
        realm.getClients().stream().filter(c -> !c.getClientId().startsWith("haven-dev-")).forEach(c -> assertFalse(
                Boolean.TRUE.equals(c.isDirectAccessGrantsEnabled()), c.getClientId() + " stays as in production"));
    }

    // Helpers

    private static RealmRepresentation realm(Path file) {
        try {
            return Manifests.typed(Manifests.STRICT.readTree(file.toFile()), RealmRepresentation.class, file.toString());
        } catch (IOException e) {
            throw new AssertionError(file + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static ClientRepresentation client(RealmRepresentation realm, String clientId) {
        return realm.getClients().stream().filter(c -> clientId.equals(c.getClientId())).findFirst()
                .orElseThrow(() -> new AssertionError(realm.getRealm() + " has no client " + clientId));
    }

    private static Map<String, AuthenticationFlowRepresentation> flows(RealmRepresentation realm) {
        return realm.getAuthenticationFlows().stream()
                .collect(Collectors.toMap(AuthenticationFlowRepresentation::getAlias, Function.identity()));
    }

    private static String property(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(APPLICATION_PROPERTIES)) {
            properties.load(in);
        }
        return properties.getProperty(name);
    }

    /** The default of a prod setting given as ${VARIABLE:default}. */
    private static String productionDefault(String name) throws IOException {
        String value = property("%prod." + name);
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:([^}]+)}").matcher(value);
        assertTrue(m.matches(), "%prod." + name + " has a default: " + value);
        return m.group(1);
    }
}
