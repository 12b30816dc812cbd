<?php
/**
 * Plugin Name:       Law explainer
 * Description:       An accessible walkthrough of force, fraud, coercion and Maine's aggravated sex trafficking law (17-A M.R.S. §852), with a quick exit. A block, a shortcode [law_explainer] and a settings page; the widget's files come with the plugin.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       law-explainer
 *
 * @package law-explainer
 */

defined( 'ABSPATH' ) || exit;

define( 'LAW_EXPLAINER_VERSION', '0.1.0' );
/** The one option the plugin keeps: the site's defaults (uninstall.php removes it). */
define( 'LAW_EXPLAINER_OPTION', 'law_explainer' );

require_once __DIR__ . '/includes/class-rules.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/editor.php';
require_once __DIR__ . '/includes/settings-page.php';

/**
 * The widget's rules, read once per request.
 *
 * @return Law_Explainer_Rules
 */
function law_explainer_rules() {
	static $rules = null;
	if ( null === $rules ) {
		$rules = new Law_Explainer_Rules( __DIR__ . '/rules.json' );
	}
	return $rules;
}

add_action( 'init', 'law_explainer_register' );

/**
 * Registers the loader (enqueued only where a widget is rendered), the block and the shortcode.
 */
function law_explainer_register() {
	wp_register_script( 'law-explainer', plugins_url( 'widget/embed.js', __FILE__ ), array(), LAW_EXPLAINER_VERSION, true );
	law_explainer_register_block();
	add_shortcode( 'law_explainer', 'law_explainer_shortcode' );
}

add_filter( 'script_loader_tag', 'law_explainer_defer', 10, 2 );

/**
 * The loader runs after the page is parsed, wherever the theme prints it (a block theme prints
 * it in the head).
 *
 * @param string $tag The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function law_explainer_defer( $tag, $handle ) {
	return 'law-explainer' === $handle ? str_replace( ' src=', ' defer src=', $tag ) : $tag;
}
