package dev.moat.secret;

/** Placeholder: replaced by the secret scanner's own record when it lands. */
public record SecretFinding(String ruleId, String category, String severity, String title, String path, int startLine,
    int endLine, String match) {}
