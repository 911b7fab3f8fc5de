package org.fazhi.organization.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "账户", description = "当前登录用户")
class MeApiController {

	record OrgRef(UUID id, String name) {
	}

	record Me(String username, String displayName, OrgRef org, List<String> roles, List<String> roleNames,
			List<Permission> permissions) {
	}

	@GetMapping("/me")
	@Operation(summary = "当前登录用户", description = "用户名、姓名、所属组织、角色与权限；未登录时返回 401")
	Me me() {
		CurrentUser user = CurrentUser.require();
		return new Me(user.getUsername(), user.displayName(), new OrgRef(user.orgId(), user.orgName()),
				user.roleCodes(), user.roleNames(), List.copyOf(user.permissions()));
	}
}
