<?php
/**
 * Deleting the plugin removes the one option it kept, on every site of a network.
 *
 * @package law-explainer
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site ) {
		delete_blog_option( $site, 'law_explainer' );
	}
} else {
	delete_option( 'law_explainer' );
}
