// The "Law explainer" block in the editor: the widget's settings in the sidebar, and a card in
// the post instead of the live widget (its quick exit would take the editor away from unsaved
// work). The server renders the block (includes/render.php) and checks every value with the
// widget's rules; after each save, the problems it found in the post's blocks and shortcodes
// come back with the post (law_explainer_warnings) and show as notices.
( function ( wp, choices ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var controls = wp.components;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;

	function options( first, list ) {
		return [ { value: '', label: first } ].concat( list );
	}

	function Edit( props ) {
		var a = props.attributes;
		var set = function ( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			};
		};
		var sidebar = el( InspectorControls, null,
			el( controls.PanelBody, { title: __( 'Walkthrough', 'law-explainer' ) },
				el( controls.SelectControl, {
					label: __( 'Language', 'law-explainer' ),
					value: a.lang,
					options: options( __( "The site's default, else the visitor's", 'law-explainer' ), choices.languages.map( function ( l ) {
						return { value: l.code, label: l.name };
					} ) ),
					onChange: set( 'lang' )
				} ),
				el( controls.TextControl, {
					label: __( 'Languages offered', 'law-explainer' ),
					help: __( 'Codes, such as "en es pt"; empty offers every language.', 'law-explainer' ),
					value: a.languages,
					onChange: set( 'languages' )
				} ),
				el( controls.SelectControl, {
					label: __( 'Start at', 'law-explainer' ),
					value: a.start,
					options: options( __( 'The first step', 'law-explainer' ), choices.steps.map( function ( s ) {
						return { value: s.id, label: s.title };
					} ) ),
					onChange: set( 'start' )
				} ),
				el( controls.SelectControl, {
					label: __( 'Theme', 'law-explainer' ),
					value: a.theme,
					options: options( __( "The visitor's setting (auto)", 'law-explainer' ), choices.themes.map( function ( t ) {
						return { value: t, label: t };
					} ) ),
					onChange: set( 'theme' )
				} ),
				el( controls.SelectControl, {
					label: __( "Heading level of each step's title", 'law-explainer' ),
					value: a[ 'heading-level' ],
					options: options( __( 'h2 (the default)', 'law-explainer' ), choices.levels.map( function ( n ) {
						return { value: String( n ), label: 'h' + n };
					} ) ),
					onChange: set( 'heading-level' )
				} ),
				el( controls.ToggleControl, {
					label: __( 'Classroom controls', 'law-explainer' ),
					help: __( 'Present, and the student and teacher handouts: for a school or a trainer. Visitors do not need them.', 'law-explainer' ),
					checked: 'on' === a.classroom,
					onChange: function ( on ) {
						props.setAttributes( { classroom: on ? 'on' : '' } );
					}
				} )
			),
			el( controls.PanelBody, { title: __( 'Quick exit and local help', 'law-explainer' ) },
				el( controls.TextControl, {
					label: __( 'Exit address', 'law-explainer' ),
					help: __( 'A full http:// or https:// address. Empty: ', 'law-explainer' ) + choices.defaultExit,
					type: 'url',
					value: a[ 'exit-url' ],
					onChange: set( 'exit-url' )
				} ),
				el( controls.TextareaControl, {
					label: __( 'Local contacts (JSON)', 'law-explainer' ),
					help: __( 'Empty: the contacts on Settings → Law explainer. Format: [{ "name": "...", "phone": "..." }], as docs/EMBEDDING.md describes.', 'law-explainer' ),
					value: a.resources,
					onChange: set( 'resources' )
				} )
			)
		);
		var step = choices.steps.filter( function ( s ) { return s.id === a.start; } )[ 0 ];
		var card = el( 'div', useBlockProps( { className: 'law-explainer-block' } ),
			el( 'p', null, el( 'strong', null, __( 'Law explainer', 'law-explainer' ) ) ),
			el( 'p', null, __( 'The walkthrough and its quick exit show here on the published page.', 'law-explainer' ) ),
			el( 'p', null, ( step ? step.title : choices.steps[ 0 ].title ) + ' · ' + ( a.lang || __( 'language: site default', 'law-explainer' ) ) )
		);
		return el( wp.element.Fragment, null, sidebar, card );
	}

	wp.blocks.registerBlockType( 'law-explainer/widget', {
		edit: Edit,
		save: function () { return null; }
	} );

	// Notices for the problems the server found, after each save (and for the post as opened).
	var shown = [];
	wp.data.subscribe( function () {
		var editor = wp.data.select( 'core/editor' );
		if ( ! editor || editor.isSavingPost() ) return;
		var warnings = editor.getCurrentPostAttribute( 'law_explainer_warnings' ) || [];
		if ( warnings.join( '\n' ) === shown.join( '\n' ) ) return;
		var notices = wp.data.dispatch( 'core/notices' );
		shown.forEach( function ( warning, i ) { notices.removeNotice( 'law-explainer-' + i ); } );
		shown = warnings;
		warnings.forEach( function ( warning, i ) {
			notices.createWarningNotice( __( 'Law explainer: ', 'law-explainer' ) + warning, { id: 'law-explainer-' + i } );
		} );
	} );
} )( window.wp, window.lawExplainerChoices );
