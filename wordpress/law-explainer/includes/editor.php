<?php
/**
 * The block, rendered on the server like the shortcode, and what the editor hears: every
 * problem with a post's blocks and shortcodes, in the words the widget's console would use,
 * as a field of the post that the editor script turns into notices after each save.
 *
 * @package law-explainer
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from block.json, with its editor script and the choices it offers.
 */
function law_explainer_register_block() {
	$rules = law_explainer_rules();
	wp_register_script(
		'law-explainer-editor',
		plugins_url( 'block/editor.js', __DIR__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-i18n' ),
		LAW_EXPLAINER_VERSION,
		true
	);
	$choices = array(
		'languages'   => $rules->fact( 'languages' ),
		'steps'       => $rules->fact( 'steps' ),
		'themes'      => $rules->fact( 'themes' ),
		'levels'      => range( $rules->fact( 'heading_levels' )[0], $rules->fact( 'heading_levels' )[1] ),
		'defaultExit' => law_explainer_default_exit(),
	);
	wp_add_inline_script( 'law-explainer-editor', 'window.lawExplainerChoices = ' . wp_json_encode( $choices, JSON_HEX_TAG ) . ';', 'before' );
	register_block_type(
		dirname( __DIR__ ) . '/block',
		array(
			'editor_script_handles' => array( 'law-explainer-editor' ),
			'render_callback'       => 'law_explainer_render_block',
		)
	);
}

/**
 * The block's markup: its attributes carry the element's names (block.json).
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function law_explainer_render_block( $attributes ) {
	$contacts = isset( $attributes['resources'] ) ? $attributes['resources'] : null;
	unset( $attributes['resources'] );
	return law_explainer_render( $attributes, $contacts );
}

/**
 * Every warning for the widgets in `$content`: each block's and each shortcode's settings.
 *
 * @param string $content A post's content.
 * @return string[]
 */
function law_explainer_warnings( $content ) {
	$warnings = array();
	foreach ( law_explainer_blocks( parse_blocks( $content ) ) as $attributes ) {
		$contacts = isset( $attributes['resources'] ) ? $attributes['resources'] : null;
		unset( $attributes['resources'] );
		$warnings = array_merge( $warnings, law_explainer_settings( $attributes, $contacts )[2] );
	}
	if ( preg_match_all( '/' . get_shortcode_regex( array( 'law_explainer' ) ) . '/', $content, $found, PREG_SET_ORDER ) ) {
		foreach ( $found as $shortcode ) {
			$atts     = shortcode_parse_atts( $shortcode[3] );
			$warnings = array_merge( $warnings, law_explainer_settings( is_array( $atts ) ? law_explainer_named( $atts ) : array(), null )[2] );
		}
	}
	return array_values( array_unique( $warnings ) );
}

/**
 * The attributes of every law-explainer block, inner blocks included.
 *
 * @param array $blocks Parsed blocks.
 * @return array[]
 */
function law_explainer_blocks( array $blocks ) {
	$found = array();
	foreach ( $blocks as $block ) {
		if ( 'law-explainer/widget' === $block['blockName'] ) {
			$found[] = $block['attrs'];
		}
		$found = array_merge( $found, law_explainer_blocks( $block['innerBlocks'] ) );
	}
	return $found;
}

add_action( 'rest_api_init', 'law_explainer_rest_field' );

/**
 * `law_explainer_warnings` on every post type the editor edits, for those who may edit it.
 */
function law_explainer_rest_field() {
	register_rest_field(
		get_post_types( array( 'show_in_rest' => true ) ),
		'law_explainer_warnings',
		array(
			'get_callback' => function ( $post ) {
				if ( ! current_user_can( 'edit_post', $post['id'] ) ) {
					return array();
				}
				return law_explainer_warnings( get_post_field( 'post_content', $post['id'], 'raw' ) );
			},
			'schema'       => array(
				'type'    => 'array',
				'items'   => array( 'type' => 'string' ),
				'context' => array( 'edit' ),
			),
		)
	);
}
