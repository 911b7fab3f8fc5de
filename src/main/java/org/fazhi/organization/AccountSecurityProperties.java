package org.fazhi.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection (GB/T 22239-2019 8.1.4.1 b: 登录失败处理; c: 口令定期更换).
 * @param maxFailedAttempts failures in a row (within {@code failureWindow}) that lock a user name, whether or not an
 *     account has it
 * @param lockDuration how long it stays locked
 * @param failureWindow failures older than this are forgotten
 * @param maxFailuresPerAddress failures from one client address within the window that refuse the address for
 *     {@code lockDuration}, whichever names it tried (behind a reverse proxy, set
 *     {@code server.forward-headers-strategy=native} so that the client's own address is counted)
 * @param passwordMaxAge after how long a password must be changed at the next sign-in ({@code 0}: never)
 * @param passwordHistory how many earlier passwords a user may not take again ({@code 0}: none)
 */
@ConfigurationProperties("fazhi.security")
public record AccountSecurityProperties(@DefaultValue("5") int maxFailedAttempts,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("30m") Duration failureWindow,
		@DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("0s") Duration passwordMaxAge,
		@DefaultValue("0") int passwordHistory) {
}
