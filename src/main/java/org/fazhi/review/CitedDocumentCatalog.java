package org.fazhi.review;

import java.util.Optional;

/**
 * Looks up a document a draft cites (by title in 《》 or by 文号) in the catalog of documents; implemented by the
 * module that keeps the catalog, so that the review does not depend on it.
 */
public interface CitedDocumentCatalog {

	/** The document cited, if the catalog knows it. */
	Optional<Cited> find(String titleOrNumber);

	/**
	 * @param inForce whether it is still in force
	 * @param status the catalog's word for its state (已废止, 已失效, …)
	 */
	record Cited(String title, String documentNumber, boolean inForce, String status) {
	}
}
