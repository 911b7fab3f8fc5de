package org.fazhi.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection (GB/T 22239-2019 8.1.4.1 b: 登录失败处理).
 * @param maxFailedAttempts consecutive failures that lock an account
 * @param lockDuration how long it stays locked
 */
@ConfigurationProperties("fazhi.security")
public record AccountSecurityProperties(@DefaultValue("5") int maxFailedAttempts,
		@DefaultValue("15m") Duration lockDuration) {
}
