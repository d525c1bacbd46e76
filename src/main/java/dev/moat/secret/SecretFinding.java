package dev.moat.secret;

/**
 * One secret found in one file. The secret itself is never kept: {@code maskedLine} and {@code
 * maskedMatch} have every character of it replaced by {@code *}, as Trivy's report does.
 *
 * @param ruleId the rule that matched ({@code aws-access-key-id})
 * @param category the vendor or kind of secret ({@code AWS})
 * @param severity how bad the leak is
 * @param title a human title for the rule
 * @param path absolute path of the file in the image
 * @param startLine 1-based line where the secret starts
 * @param endLine 1-based line where the secret ends (differs for multi-line private keys)
 * @param maskedLine the line of {@code startLine}, masked, cut around the secret when long
 * @param maskedMatch the text the rule matched, masked
 */
public record SecretFinding(
    String ruleId,
    String category,
    Severity severity,
    String title,
    String path,
    int startLine,
    int endLine,
    String maskedLine,
    String maskedMatch) {}
