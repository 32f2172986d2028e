package io.nlbrief.cli.serve;

import java.time.Duration;

/**
 * What one request may ask of the server.
 *
 * @param maxTextChars the longest text {@code /v2/check} checks (UTF-16 code units); longer is 413
 * @param maxUploadBytes the largest request body; larger is 413
 * @param timeout how long a check may take; longer is 503
 * @param workers checks run at once (one LanguageTool pipeline each)
 * @param queue checks that may wait for a worker; more is 503 with {@code Retry-After}
 */
record ServerLimits(int maxTextChars, long maxUploadBytes, Duration timeout, int workers, int queue) {}
