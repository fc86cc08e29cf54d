/**
 * The Partenariat block in the editor, written for the browser as is (no build step): the
 * settings in the sidebar, and the preview rendered by the server, the same markup as on the
 * page. The words come from the plugin's PHP translations (window.partenariatBlock).
 */
( function ( wp ) {
	var el = wp.element.createElement;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var TextControl = wp.components.TextControl;
	var ToggleControl = wp.components.ToggleControl;
	var Disabled = wp.components.Disabled;
	var ServerSideRender = wp.serverSideRender;
	var t = window.partenariatBlock || {};

	function options( values ) {
		return values.map( function ( value ) {
			return { value: value[ 0 ], label: value[ 1 ] };
		} );
	}

	function text( props, name, label, type ) {
		return el( TextControl, {
			key: name,
			label: label,
			type: type || 'text',
			value: props.attributes[ name ],
			onChange: function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			},
		} );
	}

	function select( props, name, label, values ) {
		return el( SelectControl, {
			key: name,
			label: label,
			value: props.attributes[ name ],
			options: options( values ),
			onChange: function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			},
		} );
	}

	function settings( props ) {
		var a = props.attributes;
		var fields = [
			select( props, 'element', t.element, [ [ 'checklist', t.checklist ], [ 'radar', t.radar ], [ 'roles', t.roles ] ] ),
			select( props, 'lang', t.language, [ [ '', t.pageLang ], [ 'fr', t.french ], [ 'en', t.english ] ] ),
		];
		var autosave = [ [ '', t.session ], [ 'local', t.local ], [ 'off', t.off ] ];
		if ( a.element === 'checklist' ) {
			fields.push(
				select( props, 'layout', t.layout, [ [ '', t.steps ], [ 'single', t.single ] ] ),
				select( props, 'autosave', t.autosave, autosave ),
				text( props, 'storageKey', t.storageKey ),
				text( props, 'src', t.src, 'url' ),
				text( props, 'submitUrl', t.submitUrl, 'url' ),
				text( props, 'recipient', t.recipient ),
				text( props, 'elementId', t.elementId )
			);
		} else if ( a.element === 'radar' ) {
			fields.push(
				select( props, 'axes', t.axes, [ [ '', t.dimensions ], [ 'sections', t.sections ] ] ),
				text( props, 'htmlFor', t.htmlFor ),
				text( props, 'label', t.label )
			);
		} else {
			var templates = t.templates || {};
			fields.push(
				select( props, 'template', t.template, Object.keys( templates ).map( function ( id ) {
					return [ id === 'vide' ? '' : id, templates[ id ] ];
				} ) ),
				el( ToggleControl, {
					key: 'readonly',
					label: t.readonly,
					checked: !! a.readonly,
					onChange: function ( value ) {
						props.setAttributes( { readonly: value } );
					},
				} ),
				select( props, 'autosave', t.autosave, autosave ),
				text( props, 'storageKey', t.storageKey )
			);
		}
		return el( InspectorControls, null, el( PanelBody, { title: t.settings }, fields ) );
	}

	wp.blocks.registerBlockType( 'partenariat/element', {
		edit: function ( props ) {
			return el(
				'div',
				useBlockProps(),
				settings( props ),
				el( Disabled, null, el( ServerSideRender, { block: 'partenariat/element', attributes: props.attributes } ) )
			);
		},
		// A dynamic block: the page's markup comes from the server at each view.
		save: function () {
			return null;
		},
	} );
} )( window.wp );
