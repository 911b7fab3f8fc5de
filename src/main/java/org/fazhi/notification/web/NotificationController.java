package org.fazhi.notification.web;

import java.util.UUID;

import org.fazhi.notification.NotificationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知: every user's own inbox. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final String INBOX = "notification/inbox";

	static final String BADGE = "notification/partials/badge";

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size, Model model) {
		UUID me = CurrentUser.require().id();
		String shown = kind != null && NotificationService.KINDS.contains(kind) ? kind : null;
		model.addAttribute("page", notifications.inbox(me, unread, shown, Paging.clamp(page, Paging.pageSize(size, 20))));
		model.addAttribute("kinds", notifications.countsByKind(me, unread));
		model.addAttribute("kind", shown);
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("unreadCount", notifications.unreadCount(me));
		return INBOX;
	}

	/** The header's bell: the unread count, refreshed by htmx. */
	@GetMapping("/badge")
	String badge(Model model) {
		model.addAttribute("unreadCount", notifications.unreadCount(CurrentUser.require().id()));
		return BADGE;
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable UUID id) {
		return "redirect:" + notifications.markRead(CurrentUser.require().id(), id);
	}

	@PostMapping("/read-all")
	String readAll(RedirectAttributes redirect) {
		int count = notifications.markAllRead(CurrentUser.require().id());
		Flash.success(redirect, "notification.all-read", count);
		return "redirect:/notifications";
	}
}
