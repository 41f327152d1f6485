package org.haven.audit;

/** The key that verifies checkpoint (and export) signatures. */
record PublicKeyView(String algorithm, String keyId, String publicKeyPem) {
}
