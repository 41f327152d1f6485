package org.haven.audit;

/**
 * Result of walking the audit chain: how many entries, where it ends, and, if broken, the first
 * sequence number at fault and why.
 */
public record ChainVerification(boolean valid, long entries, long headSeq, String headHash, Long firstBrokenSeq,
        String problem) {

    static ChainVerification ok(long entries, long headSeq, String headHash) {
        return new ChainVerification(true, entries, headSeq, headHash, null, null);
    }

    static ChainVerification broken(long entries, long headSeq, String headHash, long at, String problem) {
        return new ChainVerification(false, entries, headSeq, headHash, at, problem);
    }
}
