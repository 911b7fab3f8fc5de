package org.fazhi.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.audit.AuditIntegrity;
import org.fazhi.audit.ChainVerification;
import org.fazhi.platform.DataScopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计", description = "全过程记录的完整性校验（审计管理员）")
class AuditApiController {

	private final AuditIntegrity integrity;

	private final DataScopes scopes;

	AuditApiController(AuditIntegrity integrity, DataScopes scopes) {
		this.integrity = integrity;
		this.scopes = scopes;
	}

	@GetMapping("/verify")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Operation(summary = "校验审计链", description = "重新计算审计管理员数据范围内每条审计链的 HMAC-SM3 签名与链接，检查全局序号有无缺失，"
			+ "并与库外最近的校验点比对；firstBrokenSeq 为第一条不成立的记录序号。只读，不记录结果")
	ChainVerification verify() {
		return integrity.verify(scopes.current());
	}
}
