<?php
/**
 * The `<law-explainer>` element, as the block and the shortcode render it: only checked values,
 * each escaped, the local contacts as a JSON script the browser never runs, and a no-JavaScript
 * fallback with the quick exit, so leaving works before the loader does.
 *
 * @package law-explainer
 */

defined( 'ABSPATH' ) || exit;

/**
 * The site's defaults from the settings page, already checked when they were saved.
 *
 * @return array{exit-url?: string, lang?: string, resources?: array}
 */
function law_explainer_site() {
	$site = get_option( LAW_EXPLAINER_OPTION, array() );
	return is_array( $site ) ? $site : array();
}

/**
 * Where the exit goes when a block or shortcode names no good address.
 *
 * @return string
 */
function law_explainer_default_exit() {
	$site = law_explainer_site();
	return isset( $site['exit-url'] ) ? $site['exit-url'] : law_explainer_rules()->fact( 'default_exit' );
}

/**
 * Checks a block's or shortcode's settings over the site's defaults.
 *
 * @param array       $given Settings by the element's attribute names.
 * @param string|null $contacts The block's own local contacts as JSON, or null for the site's.
 * @return array{0: array, 1: array, 2: string[]} Attributes, contacts, warnings.
 */
function law_explainer_settings( array $given, $contacts ) {
	$rules                       = law_explainer_rules();
	$site                        = law_explainer_site();
	list( $clean, $warnings )    = $rules->check( $given, law_explainer_default_exit() );
	$attributes                  = array_merge( array_intersect_key( $site, array_flip( array( 'lang', 'exit-url' ) ) ), $clean );
	$list                        = isset( $site['resources'] ) ? $site['resources'] : array();
	if ( null !== $contacts && '' !== trim( $contacts ) ) {
		list( $list, $problems ) = $rules->check_contacts( $contacts, __( 'Local contacts', 'law-explainer' ) );
		$warnings                = array_merge( $warnings, $problems );
	}
	return array( $attributes, $list, $warnings );
}

/**
 * The element for `$given` settings; enqueues the loader, so pages without a widget get nothing.
 *
 * @param array       $given Settings by the element's attribute names.
 * @param string|null $contacts The block's own local contacts as JSON, or null for the site's.
 * @return string
 */
function law_explainer_render( array $given, $contacts = null ) {
	static $count = 0;
	++$count;
	list( $attributes, $list ) = law_explainer_settings( $given, $contacts );
	$exit                      = isset( $attributes['exit-url'] ) ? $attributes['exit-url'] : law_explainer_default_exit();
	$json                      = '';
	if ( $list ) {
		$attributes['resources'] = 'law-explainer-contacts-' . $count;
		// JSON_HEX_TAG writes < and > as \u003C and \u003E: no text can close the script.
		$json = '<script type="application/json" id="' . esc_attr( $attributes['resources'] ) . '">'
			. wp_json_encode( $list, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES )
			. '</script>';
	}
	$markup = '<law-explainer';
	foreach ( $attributes as $name => $value ) {
		$markup .= ' ' . $name . '="' . ( 'exit-url' === $name ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value ) ) . '"';
	}
	$markup .= '>' . $json . '<p>' . esc_html__( 'This walkthrough needs JavaScript.', 'law-explainer' )
		. ' <a href="' . esc_url( $exit, array( 'http', 'https' ) ) . '" rel="nofollow noreferrer">'
		. esc_html__( 'Quick exit', 'law-explainer' ) . '</a></p></law-explainer>';
	wp_enqueue_script( 'law-explainer' );
	return $markup;
}

/**
 * `[law_explainer lang="es" start="fraud" exit-url="https://..."]`: the element's attribute
 * names; local contacts are the site's (a shortcode's attributes cannot hold JSON's brackets).
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function law_explainer_shortcode( $atts ) {
	return law_explainer_render( is_array( $atts ) ? law_explainer_named( $atts ) : array() );
}

/**
 * A shortcode's attributes by name: a value without a name (`[law_explainer es]`) counts as an
 * attribute named by its position, which the rules then name in a warning.
 *
 * @param array $atts The parsed attributes.
 * @return array
 */
function law_explainer_named( array $atts ) {
	$named = array();
	foreach ( $atts as $key => $value ) {
		$named[ is_int( $key ) ? (string) $value : $key ] = is_int( $key ) ? 'true' : $value;
	}
	return $named;
}
