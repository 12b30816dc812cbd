<?php
/**
 * For xtask's parity test (xtask/src/plugin.rs): the plugin's warnings for each case of
 * cases.json ({ "attributes": {...}, "contacts": "JSON text" or null }), as one JSON list of
 * lists, checked with rules.json's facts. Run as `php parity.php rules.json cases.json`.
 *
 * @package law-explainer
 */

define( 'LAW_EXPLAINER_RULES_ONLY', true );
require __DIR__ . '/../law-explainer/includes/class-rules.php';

$rules    = new Law_Explainer_Rules( $argv[1] );
$answers  = array();
foreach ( json_decode( file_get_contents( $argv[2] ), true ) as $case ) {
	$warnings = $rules->check( $case['attributes'], $rules->fact( 'default_exit' ) )[1];
	if ( null !== $case['contacts'] ) {
		$warnings = array_merge( $warnings, $rules->check_contacts( $case['contacts'], 'resources="help"' )[1] );
	}
	$answers[] = $warnings;
}
echo json_encode( $answers, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
