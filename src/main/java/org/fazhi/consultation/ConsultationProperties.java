package org.fazhi.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal's comment form.
 * @param maxCommentsPerAddress comments one address may submit within {@code window} (then HTTP 429)
 * @param window the rate-limit window
 * @param maxCommentLength the longest comment, in characters
 */
@ConfigurationProperties("fazhi.consultation")
public record ConsultationProperties(@DefaultValue("10") int maxCommentsPerAddress,
		@DefaultValue("10m") Duration window, @DefaultValue("2000") int maxCommentLength,
		@DefaultValue("true") boolean moderation) {
}
