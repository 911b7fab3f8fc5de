package org.fazhi.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every portal page knows the site it belongs to (its header and footer). */
@ControllerAdvice(assignableTypes = { PortalController.class, ParticipationController.class })
@EnableConfigurationProperties(PortalSite.class)
class PortalAdvice {

	private final PortalSite site;

	PortalAdvice(PortalSite site) {
		this.site = site;
	}

	@ModelAttribute("site")
	PortalSite site() {
		return site;
	}
}
