// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-dictionary.py from pydicom 3.0.2
// (pydicom._dicom_dict and pydicom._uid_dict, generated from the DICOM standard PS3.6).
// Re-run the script to update it; DataDictionary.swift parses these tables at first use.

/// The data dictionary: 5091 tags then 88 repeater masks, one per line:
/// tag or mask, VR, VM, keyword, name, retired (1/0), separated by tabs.
let dataDictionaryTagTable = #"""
00000000	UL	1	CommandGroupLength	Command Group Length	0
00000001	UL	1	CommandLengthToEnd	Command Length to End	1
00000002	UI	1	AffectedSOPClassUID	Affected SOP Class UID	0
00000003	UI	1	RequestedSOPClassUID	Requested SOP Class UID	0
00000010	SH	1	CommandRecognitionCode	Command Recognition Code	1
00000100	US	1	CommandField	Command Field	0
00000110	US	1	MessageID	Message ID	0
00000120	US	1	MessageIDBeingRespondedTo	Message ID Being Responded To	0
00000200	AE	1	Initiator	Initiator	1
00000300	AE	1	Receiver	Receiver	1
00000400	AE	1	FindLocation	Find Location	1
00000600	AE	1	MoveDestination	Move Destination	0
00000700	US	1	Priority	Priority	0
00000800	US	1	CommandDataSetType	Command Data Set Type	0
00000850	US	1	NumberOfMatches	Number of Matches	1
00000860	US	1	ResponseSequenceNumber	Response Sequence Number	1
00000900	US	1	Status	Status	0
00000901	AT	1-n	OffendingElement	Offending Element	0
00000902	LO	1	ErrorComment	Error Comment	0
00000903	US	1	ErrorID	Error ID	0
00001000	UI	1	AffectedSOPInstanceUID	Affected SOP Instance UID	0
00001001	UI	1	RequestedSOPInstanceUID	Requested SOP Instance UID	0
00001002	US	1	EventTypeID	Event Type ID	0
00001005	AT	1-n	AttributeIdentifierList	Attribute Identifier List	0
00001008	US	1	ActionTypeID	Action Type ID	0
00001020	US	1	NumberOfRemainingSuboperations	Number of Remaining Sub-operations	0
00001021	US	1	NumberOfCompletedSuboperations	Number of Completed Sub-operations	0
00001022	US	1	NumberOfFailedSuboperations	Number of Failed Sub-operations	0
00001023	US	1	NumberOfWarningSuboperations	Number of Warning Sub-operations	0
00001030	AE	1	MoveOriginatorApplicationEntityTitle	Move Originator Application Entity Title	0
00001031	US	1	MoveOriginatorMessageID	Move Originator Message ID	0
00004000	LT	1	DialogReceiver	Dialog Receiver	1
00004010	LT	1	TerminalType	Terminal Type	1
00005010	SH	1	MessageSetID	Message Set ID	1
00005020	SH	1	EndMessageID	End Message ID	1
00005110	LT	1	DisplayFormat	Display Format	1
00005120	LT	1	PagePositionID	Page Position ID	1
00005130	CS	1	TextFormatID	Text Format ID	1
00005140	CS	1	NormalReverse	Normal/Reverse	1
00005150	CS	1	AddGrayScale	Add Gray Scale	1
00005160	CS	1	Borders	Borders	1
00005170	IS	1	Copies	Copies	1
00005180	CS	1	CommandMagnificationType	Command Magnification Type	1
00005190	CS	1	Erase	Erase	1
000051A0	CS	1	Print	Print	1
000051B0	US	1-n	Overlays	Overlays	1
00020000	UL	1	FileMetaInformationGroupLength	File Meta Information Group Length	0
00020001	OB	1	FileMetaInformationVersion	File Meta Information Version	0
00020002	UI	1	MediaStorageSOPClassUID	Media Storage SOP Class UID	0
00020003	UI	1	MediaStorageSOPInstanceUID	Media Storage SOP Instance UID	0
00020010	UI	1	TransferSyntaxUID	Transfer Syntax UID	0
00020012	UI	1	ImplementationClassUID	Implementation Class UID	0
00020013	SH	1	ImplementationVersionName	Implementation Version Name	0
00020016	AE	1	SourceApplicationEntityTitle	Source Application Entity Title	0
00020017	AE	1	SendingApplicationEntityTitle	Sending Application Entity Title	0
00020018	AE	1	ReceivingApplicationEntityTitle	Receiving Application Entity Title	0
00020026	UR	1	SourcePresentationAddress	Source Presentation Address	0
00020027	UR	1	SendingPresentationAddress	Sending Presentation Address	0
00020028	UR	1	ReceivingPresentationAddress	Receiving Presentation Address	0
00020031	OB	1	RTVMetaInformationVersion	RTV Meta Information Version	0
00020032	UI	1	RTVCommunicationSOPClassUID	RTV Communication SOP Class UID	0
00020033	UI	1	RTVCommunicationSOPInstanceUID	RTV Communication SOP Instance UID	0
00020035	OB	1	RTVSourceIdentifier	RTV Source Identifier	0
00020036	OB	1	RTVFlowIdentifier	RTV Flow Identifier	0
00020037	UL	1	RTVFlowRTPSamplingRate	RTV Flow RTP Sampling Rate	0
00020038	FD	1	RTVFlowActualFrameDuration	RTV Flow Actual Frame Duration	0
00020100	UI	1	PrivateInformationCreatorUID	Private Information Creator UID	0
00020102	OB	1	PrivateInformation	Private Information	0
00041130	CS	1	FileSetID	File-set ID	0
00041141	CS	1-8	FileSetDescriptorFileID	File-set Descriptor File ID	0
00041142	CS	1	SpecificCharacterSetOfFileSetDescriptorFile	Specific Character Set of File-set Descriptor File	0
00041200	UL	1	OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity	Offset of the First Directory Record of the Root Directory Entity	0
00041202	UL	1	OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity	Offset of the Last Directory Record of the Root Directory Entity	0
00041212	US	1	FileSetConsistencyFlag	File-set Consistency Flag	0
00041220	SQ	1	DirectoryRecordSequence	Directory Record Sequence	0
00041400	UL	1	OffsetOfTheNextDirectoryRecord	Offset of the Next Directory Record	0
00041410	US	1	RecordInUseFlag	Record In-use Flag	0
00041420	UL	1	OffsetOfReferencedLowerLevelDirectoryEntity	Offset of Referenced Lower-Level Directory Entity	0
00041430	CS	1	DirectoryRecordType	Directory Record Type	0
00041432	UI	1	PrivateRecordUID	Private Record UID	0
00041500	CS	1-8	ReferencedFileID	Referenced File ID	0
00041504	UL	1	MRDRDirectoryRecordOffset	MRDR Directory Record Offset	1
00041510	UI	1	ReferencedSOPClassUIDInFile	Referenced SOP Class UID in File	0
00041511	UI	1	ReferencedSOPInstanceUIDInFile	Referenced SOP Instance UID in File	0
00041512	UI	1	ReferencedTransferSyntaxUIDInFile	Referenced Transfer Syntax UID in File	0
0004151A	UI	1-n	ReferencedRelatedGeneralSOPClassUIDInFile	Referenced Related General SOP Class UID in File	0
00041600	UL	1	NumberOfReferences	Number of References	1
00080001	UL	1	LengthToEnd	Length to End	1
00080005	CS	1-n	SpecificCharacterSet	Specific Character Set	0
00080006	SQ	1	LanguageCodeSequence	Language Code Sequence	0
00080008	CS	2-n	ImageType	Image Type	0
00080010	SH	1	RecognitionCode	Recognition Code	1
00080012	DA	1	InstanceCreationDate	Instance Creation Date	0
00080013	TM	1	InstanceCreationTime	Instance Creation Time	0
00080014	UI	1	InstanceCreatorUID	Instance Creator UID	0
00080015	DT	1	InstanceCoercionDateTime	Instance Coercion DateTime	0
00080016	UI	1	SOPClassUID	SOP Class UID	0
00080017	UI	1	AcquisitionUID	Acquisition UID	0
00080018	UI	1	SOPInstanceUID	SOP Instance UID	0
00080019	UI	1	PyramidUID	Pyramid UID	0
0008001A	UI	1-n	RelatedGeneralSOPClassUID	Related General SOP Class UID	0
0008001B	UI	1	OriginalSpecializedSOPClassUID	Original Specialized SOP Class UID	0
0008001C	CS	1	SyntheticData	Synthetic Data	0
00080020	DA	1	StudyDate	Study Date	0
00080021	DA	1	SeriesDate	Series Date	0
00080022	DA	1	AcquisitionDate	Acquisition Date	0
00080023	DA	1	ContentDate	Content Date	0
00080024	DA	1	OverlayDate	Overlay Date	1
00080025	DA	1	CurveDate	Curve Date	1
0008002A	DT	1	AcquisitionDateTime	Acquisition DateTime	0
00080030	TM	1	StudyTime	Study Time	0
00080031	TM	1	SeriesTime	Series Time	0
00080032	TM	1	AcquisitionTime	Acquisition Time	0
00080033	TM	1	ContentTime	Content Time	0
00080034	TM	1	OverlayTime	Overlay Time	1
00080035	TM	1	CurveTime	Curve Time	1
00080040	US	1	DataSetType	Data Set Type	1
00080041	LO	1	DataSetSubtype	Data Set Subtype	1
00080042	CS	1	NuclearMedicineSeriesType	Nuclear Medicine Series Type	1
00080050	SH	1	AccessionNumber	Accession Number	0
00080051	SQ	1	IssuerOfAccessionNumberSequence	Issuer of Accession Number Sequence	0
00080052	CS	1	QueryRetrieveLevel	Query/Retrieve Level	0
00080053	CS	1	QueryRetrieveView	Query/Retrieve View	0
00080054	AE	1-n	RetrieveAETitle	Retrieve AE Title	0
00080055	AE	1	StationAETitle	Station AE Title	0
00080056	CS	1	InstanceAvailability	Instance Availability	0
00080058	UI	1-n	FailedSOPInstanceUIDList	Failed SOP Instance UID List	0
00080060	CS	1	Modality	Modality	0
00080061	CS	1-n	ModalitiesInStudy	Modalities in Study	0
00080062	UI	1-n	SOPClassesInStudy	SOP Classes in Study	0
00080063	SQ	1	AnatomicRegionsInStudyCodeSequence	Anatomic Regions in Study Code Sequence	0
00080064	CS	1	ConversionType	Conversion Type	0
00080068	CS	1	PresentationIntentType	Presentation Intent Type	0
00080070	LO	1	Manufacturer	Manufacturer	0
00080080	LO	1	InstitutionName	Institution Name	0
00080081	ST	1	InstitutionAddress	Institution Address	0
00080082	SQ	1	InstitutionCodeSequence	Institution Code Sequence	0
00080090	PN	1	ReferringPhysicianName	Referring Physician's Name	0
00080092	ST	1	ReferringPhysicianAddress	Referring Physician's Address	0
00080094	SH	1-n	ReferringPhysicianTelephoneNumbers	Referring Physician's Telephone Numbers	0
00080096	SQ	1	ReferringPhysicianIdentificationSequence	Referring Physician Identification Sequence	0
0008009C	PN	1-n	ConsultingPhysicianName	Consulting Physician's Name	0
0008009D	SQ	1	ConsultingPhysicianIdentificationSequence	Consulting Physician Identification Sequence	0
00080100	SH	1	CodeValue	Code Value	0
00080101	LO	1	ExtendedCodeValue	Extended Code Value	0
00080102	SH	1	CodingSchemeDesignator	Coding Scheme Designator	0
00080103	SH	1	CodingSchemeVersion	Coding Scheme Version	0
00080104	LO	1	CodeMeaning	Code Meaning	0
00080105	CS	1	MappingResource	Mapping Resource	0
00080106	DT	1	ContextGroupVersion	Context Group Version	0
00080107	DT	1	ContextGroupLocalVersion	Context Group Local Version	0
00080108	LT	1	ExtendedCodeMeaning	Extended Code Meaning	0
00080109	SQ	1	CodingSchemeResourcesSequence	Coding Scheme Resources Sequence	0
0008010A	CS	1	CodingSchemeURLType	Coding Scheme URL Type	0
0008010B	CS	1	ContextGroupExtensionFlag	Context Group Extension Flag	0
0008010C	UI	1	CodingSchemeUID	Coding Scheme UID	0
0008010D	UI	1	ContextGroupExtensionCreatorUID	Context Group Extension Creator UID	0
0008010E	UR	1	CodingSchemeURL	Coding Scheme URL	0
0008010F	CS	1	ContextIdentifier	Context Identifier	0
00080110	SQ	1	CodingSchemeIdentificationSequence	Coding Scheme Identification Sequence	0
00080112	LO	1	CodingSchemeRegistry	Coding Scheme Registry	0
00080114	ST	1	CodingSchemeExternalID	Coding Scheme External ID	0
00080115	ST	1	CodingSchemeName	Coding Scheme Name	0
00080116	ST	1	CodingSchemeResponsibleOrganization	Coding Scheme Responsible Organization	0
00080117	UI	1	ContextUID	Context UID	0
00080118	UI	1	MappingResourceUID	Mapping Resource UID	0
00080119	UC	1	LongCodeValue	Long Code Value	0
00080120	UR	1	URNCodeValue	URN Code Value	0
00080121	SQ	1	EquivalentCodeSequence	Equivalent Code Sequence	0
00080122	LO	1	MappingResourceName	Mapping Resource Name	0
00080123	SQ	1	ContextGroupIdentificationSequence	Context Group Identification Sequence	0
00080124	SQ	1	MappingResourceIdentificationSequence	Mapping Resource Identification Sequence	0
00080201	SH	1	TimezoneOffsetFromUTC	Timezone Offset From UTC	0
00080202	OB	1		Retired-blank	1
00080220	SQ	1	ResponsibleGroupCodeSequence	Responsible Group Code Sequence	0
00080221	CS	1	EquipmentModality	Equipment Modality	0
00080222	LO	1	ManufacturerRelatedModelGroup	Manufacturer's Related Model Group	0
00080300	SQ	1	PrivateDataElementCharacteristicsSequence	Private Data Element Characteristics Sequence	0
00080301	US	1	PrivateGroupReference	Private Group Reference	0
00080302	LO	1	PrivateCreatorReference	Private Creator Reference	0
00080303	CS	1	BlockIdentifyingInformationStatus	Block Identifying Information Status	0
00080304	US	1-n	NonidentifyingPrivateElements	Nonidentifying Private Elements	0
00080305	SQ	1	DeidentificationActionSequence	Deidentification Action Sequence	0
00080306	US	1-n	IdentifyingPrivateElements	Identifying Private Elements	0
00080307	CS	1	DeidentificationAction	Deidentification Action	0
00080308	US	1	PrivateDataElement	Private Data Element	0
00080309	UL	1-3	PrivateDataElementValueMultiplicity	Private Data Element Value Multiplicity	0
0008030A	CS	1	PrivateDataElementValueRepresentation	Private Data Element Value Representation	0
0008030B	UL	1-2	PrivateDataElementNumberOfItems	Private Data Element Number of Items	0
0008030C	UC	1	PrivateDataElementName	Private Data Element Name	0
0008030D	UC	1	PrivateDataElementKeyword	Private Data Element Keyword	0
0008030E	UT	1	PrivateDataElementDescription	Private Data Element Description	0
0008030F	UT	1	PrivateDataElementEncoding	Private Data Element Encoding	0
00080310	SQ	1	PrivateDataElementDefinitionSequence	Private Data Element Definition Sequence	0
00080400	SQ	1	ScopeOfInventorySequence	Scope of Inventory Sequence	0
00080401	LT	1	InventoryPurpose	Inventory Purpose	0
00080402	LT	1	InventoryInstanceDescription	Inventory Instance Description	0
00080403	CS	1	InventoryLevel	Inventory Level	0
00080404	DT	1	ItemInventoryDateTime	Item Inventory DateTime	0
00080405	CS	1	RemovedFromOperationalUse	Removed from Operational Use	0
00080406	SQ	1	ReasonForRemovalCodeSequence	Reason for Removal Code Sequence	0
00080407	UR	1	StoredInstanceBaseURI	Stored Instance Base URI	0
00080408	UR	1	FolderAccessURI	Folder Access URI	0
00080409	UR	1	FileAccessURI	File Access URI	0
0008040A	CS	1	ContainerFileType	Container File Type	0
0008040B	UR	1	FilenameInContainer	Filename in Container	0
0008040C	UV	1	FileOffsetInContainer	File Offset in Container	0
0008040D	UV	1	FileLengthInContainer	File Length in Container	0
0008040E	UI	1	StoredInstanceTransferSyntaxUID	Stored Instance Transfer Syntax UID	0
0008040F	CS	1-n	ExtendedMatchingMechanisms	Extended Matching Mechanisms	0
00080410	SQ	1	RangeMatchingSequence	Range Matching Sequence	0
00080411	SQ	1	ListOfUIDMatchingSequence	List of UID Matching Sequence	0
00080412	SQ	1	EmptyValueMatchingSequence	Empty Value Matching Sequence	0
00080413	SQ	1	GeneralMatchingSequence	General Matching Sequence	0
00080414	US	1	RequestedStatusInterval	Requested Status Interval	0
00080415	CS	1	RetainInstances	Retain Instances	0
00080416	DT	1	ExpirationDateTime	Expiration DateTime	0
00080417	CS	1	TransactionStatus	Transaction Status	0
00080418	LT	1	TransactionStatusComment	Transaction Status Comment	0
00080419	SQ	1	FileSetAccessSequence	File Set Access Sequence	0
0008041A	SQ	1	FileAccessSequence	File Access Sequence	0
0008041B	OB	1	RecordKey	Record Key	0
0008041C	OB	1	PriorRecordKey	Prior Record Key	0
0008041D	SQ	1	MetadataSequence	Metadata Sequence	0
0008041E	SQ	1	UpdatedMetadataSequence	Updated Metadata Sequence	0
0008041F	DT	1	StudyUpdateDateTime	Study Update DateTime	0
00080420	SQ	1	InventoryAccessEndPointsSequence	Inventory Access End Points Sequence	0
00080421	SQ	1	StudyAccessEndPointsSequence	Study Access End Points Sequence	0
00080422	SQ	1	IncorporatedInventoryInstanceSequence	Incorporated Inventory Instance Sequence	0
00080423	SQ	1	InventoriedStudiesSequence	Inventoried Studies Sequence	0
00080424	SQ	1	InventoriedSeriesSequence	Inventoried Series Sequence	0
00080425	SQ	1	InventoriedInstancesSequence	Inventoried Instances Sequence	0
00080426	CS	1	InventoryCompletionStatus	Inventory Completion Status	0
00080427	UL	1	NumberOfStudyRecordsInInstance	Number of Study Records in Instance	0
00080428	UV	1	TotalNumberOfStudyRecords	Total Number of Study Records	0
00080429	UV	1	MaximumNumberOfRecords	Maximum Number of Records	0
00081000	AE	1	NetworkID	Network ID	1
00081010	SH	1	StationName	Station Name	0
00081030	LO	1	StudyDescription	Study Description	0
00081032	SQ	1	ProcedureCodeSequence	Procedure Code Sequence	0
0008103E	LO	1	SeriesDescription	Series Description	0
0008103F	SQ	1	SeriesDescriptionCodeSequence	Series Description Code Sequence	0
00081040	LO	1	InstitutionalDepartmentName	Institutional Department Name	0
00081041	SQ	1	InstitutionalDepartmentTypeCodeSequence	Institutional Department Type Code Sequence	0
00081048	PN	1-n	PhysiciansOfRecord	Physician(s) of Record	0
00081049	SQ	1	PhysiciansOfRecordIdentificationSequence	Physician(s) of Record Identification Sequence	0
00081050	PN	1-n	PerformingPhysicianName	Performing Physician's Name	0
00081052	SQ	1	PerformingPhysicianIdentificationSequence	Performing Physician Identification Sequence	0
00081060	PN	1-n	NameOfPhysiciansReadingStudy	Name of Physician(s) Reading Study	0
00081062	SQ	1	PhysiciansReadingStudyIdentificationSequence	Physician(s) Reading Study Identification Sequence	0
00081070	PN	1-n	OperatorsName	Operators' Name	0
00081072	SQ	1	OperatorIdentificationSequence	Operator Identification Sequence	0
00081080	LO	1-n	AdmittingDiagnosesDescription	Admitting Diagnoses Description	0
00081084	SQ	1	AdmittingDiagnosesCodeSequence	Admitting Diagnoses Code Sequence	0
00081088	LO	1	PyramidDescription	Pyramid Description	0
00081090	LO	1	ManufacturerModelName	Manufacturer's Model Name	0
00081100	SQ	1	ReferencedResultsSequence	Referenced Results Sequence	1
00081110	SQ	1	ReferencedStudySequence	Referenced Study Sequence	0
00081111	SQ	1	ReferencedPerformedProcedureStepSequence	Referenced Performed Procedure Step Sequence	0
00081112	SQ	1	ReferencedInstancesBySOPClassSequence	Referenced Instances by SOP Class Sequence	0
00081115	SQ	1	ReferencedSeriesSequence	Referenced Series Sequence	0
00081120	SQ	1	ReferencedPatientSequence	Referenced Patient Sequence	0
00081125	SQ	1	ReferencedVisitSequence	Referenced Visit Sequence	0
00081130	SQ	1	ReferencedOverlaySequence	Referenced Overlay Sequence	1
00081134	SQ	1	ReferencedStereometricInstanceSequence	Referenced Stereometric Instance Sequence	0
0008113A	SQ	1	ReferencedWaveformSequence	Referenced Waveform Sequence	0
00081140	SQ	1	ReferencedImageSequence	Referenced Image Sequence	0
00081145	SQ	1	ReferencedCurveSequence	Referenced Curve Sequence	1
0008114A	SQ	1	ReferencedInstanceSequence	Referenced Instance Sequence	0
0008114B	SQ	1	ReferencedRealWorldValueMappingInstanceSequence	Referenced Real World Value Mapping Instance Sequence	0
00081150	UI	1	ReferencedSOPClassUID	Referenced SOP Class UID	0
00081155	UI	1	ReferencedSOPInstanceUID	Referenced SOP Instance UID	0
00081156	SQ	1	DefinitionSourceSequence	Definition Source Sequence	0
0008115A	UI	1-n	SOPClassesSupported	SOP Classes Supported	0
00081160	IS	1-n	ReferencedFrameNumber	Referenced Frame Number	0
00081161	UL	1-n	SimpleFrameList	Simple Frame List	0
00081162	UL	3-3n	CalculatedFrameList	Calculated Frame List	0
00081163	FD	2	TimeRange	Time Range	0
00081164	SQ	1	FrameExtractionSequence	Frame Extraction Sequence	0
00081167	UI	1	MultiFrameSourceSOPInstanceUID	Multi-frame Source SOP Instance UID	0
00081190	UR	1	RetrieveURL	Retrieve URL	0
00081195	UI	1	TransactionUID	Transaction UID	0
00081196	US	1	WarningReason	Warning Reason	0
00081197	US	1	FailureReason	Failure Reason	0
00081198	SQ	1	FailedSOPSequence	Failed SOP Sequence	0
00081199	SQ	1	ReferencedSOPSequence	Referenced SOP Sequence	0
0008119A	SQ	1	OtherFailuresSequence	Other Failures Sequence	0
0008119B	SQ	1	FailedStudySequence	Failed Study Sequence	0
00081200	SQ	1	StudiesContainingOtherReferencedInstancesSequence	Studies Containing Other Referenced Instances Sequence	0
00081250	SQ	1	RelatedSeriesSequence	Related Series Sequence	0
00082110	CS	1	LossyImageCompressionRetired	Lossy Image Compression (Retired)	1
00082111	ST	1	DerivationDescription	Derivation Description	0
00082112	SQ	1	SourceImageSequence	Source Image Sequence	0
00082120	SH	1	StageName	Stage Name	0
00082122	IS	1	StageNumber	Stage Number	0
00082124	IS	1	NumberOfStages	Number of Stages	0
00082127	SH	1	ViewName	View Name	0
00082128	IS	1	ViewNumber	View Number	0
00082129	IS	1	NumberOfEventTimers	Number of Event Timers	0
0008212A	IS	1	NumberOfViewsInStage	Number of Views in Stage	0
00082130	DS	1-n	EventElapsedTimes	Event Elapsed Time(s)	0
00082132	LO	1-n	EventTimerNames	Event Timer Name(s)	0
00082133	SQ	1	EventTimerSequence	Event Timer Sequence	0
00082134	FD	1	EventTimeOffset	Event Time Offset	0
00082135	SQ	1	EventCodeSequence	Event Code Sequence	0
00082142	IS	1	StartTrim	Start Trim	0
00082143	IS	1	StopTrim	Stop Trim	0
00082144	IS	1	RecommendedDisplayFrameRate	Recommended Display Frame Rate	0
00082200	CS	1	TransducerPosition	Transducer Position	1
00082204	CS	1	TransducerOrientation	Transducer Orientation	1
00082208	CS	1	AnatomicStructure	Anatomic Structure	1
00082218	SQ	1	AnatomicRegionSequence	Anatomic Region Sequence	0
00082220	SQ	1	AnatomicRegionModifierSequence	Anatomic Region Modifier Sequence	0
00082228	SQ	1	PrimaryAnatomicStructureSequence	Primary Anatomic Structure Sequence	0
00082229	SQ	1	AnatomicStructureSpaceOrRegionSequence	Anatomic Structure, Space or Region Sequence	1
00082230	SQ	1	PrimaryAnatomicStructureModifierSequence	Primary Anatomic Structure Modifier Sequence	0
00082240	SQ	1	TransducerPositionSequence	Transducer Position Sequence	1
00082242	SQ	1	TransducerPositionModifierSequence	Transducer Position Modifier Sequence	1
00082244	SQ	1	TransducerOrientationSequence	Transducer Orientation Sequence	1
00082246	SQ	1	TransducerOrientationModifierSequence	Transducer Orientation Modifier Sequence	1
00082251	SQ	1	AnatomicStructureSpaceOrRegionCodeSequenceTrial	Anatomic Structure Space Or Region Code Sequence (Trial)	1
00082253	SQ	1	AnatomicPortalOfEntranceCodeSequenceTrial	Anatomic Portal Of Entrance Code Sequence (Trial)	1
00082255	SQ	1	AnatomicApproachDirectionCodeSequenceTrial	Anatomic Approach Direction Code Sequence (Trial)	1
00082256	ST	1	AnatomicPerspectiveDescriptionTrial	Anatomic Perspective Description (Trial)	1
00082257	SQ	1	AnatomicPerspectiveCodeSequenceTrial	Anatomic Perspective Code Sequence (Trial)	1
00082258	ST	1	AnatomicLocationOfExaminingInstrumentDescriptionTrial	Anatomic Location Of Examining Instrument Description (Trial)	1
00082259	SQ	1	AnatomicLocationOfExaminingInstrumentCodeSequenceTrial	Anatomic Location Of Examining Instrument Code Sequence (Trial)	1
0008225A	SQ	1	AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial	Anatomic Structure Space Or Region Modifier Code Sequence (Trial)	1
0008225C	SQ	1	OnAxisBackgroundAnatomicStructureCodeSequenceTrial	On Axis Background Anatomic Structure Code Sequence (Trial)	1
00083001	SQ	1	AlternateRepresentationSequence	Alternate Representation Sequence	0
00083002	UI	1-n	AvailableTransferSyntaxUID	Available Transfer Syntax UID	0
00083010	UI	1-n	IrradiationEventUID	Irradiation Event UID	0
00083011	SQ	1	SourceIrradiationEventSequence	Source Irradiation Event Sequence	0
00083012	UI	1	RadiopharmaceuticalAdministrationEventUID	Radiopharmaceutical Administration Event UID	0
00084000	LT	1	IdentifyingComments	Identifying Comments	1
00089007	CS	4-5	FrameType	Frame Type	0
00089092	SQ	1	ReferencedImageEvidenceSequence	Referenced Image Evidence Sequence	0
00089121	SQ	1	ReferencedRawDataSequence	Referenced Raw Data Sequence	0
00089123	UI	1	CreatorVersionUID	Creator-Version UID	0
00089124	SQ	1	DerivationImageSequence	Derivation Image Sequence	0
00089154	SQ	1	SourceImageEvidenceSequence	Source Image Evidence Sequence	0
00089205	CS	1	PixelPresentation	Pixel Presentation	0
00089206	CS	1	VolumetricProperties	Volumetric Properties	0
00089207	CS	1	VolumeBasedCalculationTechnique	Volume Based Calculation Technique	0
00089208	CS	1	ComplexImageComponent	Complex Image Component	0
00089209	CS	1	AcquisitionContrast	Acquisition Contrast	0
00089215	SQ	1	DerivationCodeSequence	Derivation Code Sequence	0
00089237	SQ	1	ReferencedPresentationStateSequence	Referenced Presentation State Sequence	0
00089410	SQ	1	ReferencedOtherPlaneSequence	Referenced Other Plane Sequence	0
00089458	SQ	1	FrameDisplaySequence	Frame Display Sequence	0
00089459	FL	1	RecommendedDisplayFrameRateInFloat	Recommended Display Frame Rate in Float	0
00089460	CS	1	SkipFrameRangeFlag	Skip Frame Range Flag	0
00100010	PN	1	PatientName	Patient's Name	0
00100020	LO	1	PatientID	Patient ID	0
00100021	LO	1	IssuerOfPatientID	Issuer of Patient ID	0
00100022	CS	1	TypeOfPatientID	Type of Patient ID	0
00100024	SQ	1	IssuerOfPatientIDQualifiersSequence	Issuer of Patient ID Qualifiers Sequence	0
00100026	SQ	1	SourcePatientGroupIdentificationSequence	Source Patient Group Identification Sequence	0
00100027	SQ	1	GroupOfPatientsIdentificationSequence	Group of Patients Identification Sequence	0
00100028	US	3	SubjectRelativePositionInImage	Subject Relative Position in Image	0
00100030	DA	1	PatientBirthDate	Patient's Birth Date	0
00100032	TM	1	PatientBirthTime	Patient's Birth Time	0
00100033	LO	1	PatientBirthDateInAlternativeCalendar	Patient's Birth Date in Alternative Calendar	0
00100034	LO	1	PatientDeathDateInAlternativeCalendar	Patient's Death Date in Alternative Calendar	0
00100035	CS	1	PatientAlternativeCalendar	Patient's Alternative Calendar	0
00100040	CS	1	PatientSex	Patient's Sex	0
00100050	SQ	1	PatientInsurancePlanCodeSequence	Patient's Insurance Plan Code Sequence	0
00100101	SQ	1	PatientPrimaryLanguageCodeSequence	Patient's Primary Language Code Sequence	0
00100102	SQ	1	PatientPrimaryLanguageModifierCodeSequence	Patient's Primary Language Modifier Code Sequence	0
00100200	CS	1	QualityControlSubject	Quality Control Subject	0
00100201	SQ	1	QualityControlSubjectTypeCodeSequence	Quality Control Subject Type Code Sequence	0
00100212	UC	1	StrainDescription	Strain Description	0
00100213	LO	1	StrainNomenclature	Strain Nomenclature	0
00100214	LO	1	StrainStockNumber	Strain Stock Number	0
00100215	SQ	1	StrainSourceRegistryCodeSequence	Strain Source Registry Code Sequence	0
00100216	SQ	1	StrainStockSequence	Strain Stock Sequence	0
00100217	LO	1	StrainSource	Strain Source	0
00100218	UT	1	StrainAdditionalInformation	Strain Additional Information	0
00100219	SQ	1	StrainCodeSequence	Strain Code Sequence	0
00100221	SQ	1	GeneticModificationsSequence	Genetic Modifications Sequence	0
00100222	UC	1	GeneticModificationsDescription	Genetic Modifications Description	0
00100223	LO	1	GeneticModificationsNomenclature	Genetic Modifications Nomenclature	0
00100229	SQ	1	GeneticModificationsCodeSequence	Genetic Modifications Code Sequence	0
00101000	LO	1-n	OtherPatientIDs	Other Patient IDs	1
00101001	PN	1-n	OtherPatientNames	Other Patient Names	0
00101002	SQ	1	OtherPatientIDsSequence	Other Patient IDs Sequence	0
00101005	PN	1	PatientBirthName	Patient's Birth Name	0
00101010	AS	1	PatientAge	Patient's Age	0
00101020	DS	1	PatientSize	Patient's Size	0
00101021	SQ	1	PatientSizeCodeSequence	Patient's Size Code Sequence	0
00101022	DS	1	PatientBodyMassIndex	Patient's Body Mass Index	0
00101023	DS	1	MeasuredAPDimension	Measured AP Dimension	0
00101024	DS	1	MeasuredLateralDimension	Measured Lateral Dimension	0
00101030	DS	1	PatientWeight	Patient's Weight	0
00101040	LO	1	PatientAddress	Patient's Address	0
00101050	LO	1-n	InsurancePlanIdentification	Insurance Plan Identification	1
00101060	PN	1	PatientMotherBirthName	Patient's Mother's Birth Name	0
00101080	LO	1	MilitaryRank	Military Rank	0
00101081	LO	1	BranchOfService	Branch of Service	0
00101090	LO	1	MedicalRecordLocator	Medical Record Locator	1
00101100	SQ	1	ReferencedPatientPhotoSequence	Referenced Patient Photo Sequence	0
00102000	LO	1-n	MedicalAlerts	Medical Alerts	0
00102110	LO	1-n	Allergies	Allergies	0
00102150	LO	1	CountryOfResidence	Country of Residence	0
00102152	LO	1	RegionOfResidence	Region of Residence	0
00102154	SH	1-n	PatientTelephoneNumbers	Patient's Telephone Numbers	0
00102155	LT	1	PatientTelecomInformation	Patient's Telecom Information	0
00102160	SH	1	EthnicGroup	Ethnic Group	0
00102161	SQ	1	EthnicGroupCodeSequence	Ethnic Group Code Sequence	0
00102180	SH	1	Occupation	Occupation	0
001021A0	CS	1	SmokingStatus	Smoking Status	0
001021B0	LT	1	AdditionalPatientHistory	Additional Patient History	0
001021C0	US	1	PregnancyStatus	Pregnancy Status	0
001021D0	DA	1	LastMenstrualDate	Last Menstrual Date	0
001021F0	LO	1	PatientReligiousPreference	Patient's Religious Preference	0
00102201	LO	1	PatientSpeciesDescription	Patient Species Description	0
00102202	SQ	1	PatientSpeciesCodeSequence	Patient Species Code Sequence	0
00102203	CS	1	PatientSexNeutered	Patient's Sex Neutered	0
00102210	CS	1	AnatomicalOrientationType	Anatomical Orientation Type	0
00102292	LO	1	PatientBreedDescription	Patient Breed Description	0
00102293	SQ	1	PatientBreedCodeSequence	Patient Breed Code Sequence	0
00102294	SQ	1	BreedRegistrationSequence	Breed Registration Sequence	0
00102295	LO	1	BreedRegistrationNumber	Breed Registration Number	0
00102296	SQ	1	BreedRegistryCodeSequence	Breed Registry Code Sequence	0
00102297	PN	1	ResponsiblePerson	Responsible Person	0
00102298	CS	1	ResponsiblePersonRole	Responsible Person Role	0
00102299	LO	1	ResponsibleOrganization	Responsible Organization	0
00104000	LT	1	PatientComments	Patient Comments	0
00109431	FL	1	ExaminedBodyThickness	Examined Body Thickness	0
00120010	LO	1	ClinicalTrialSponsorName	Clinical Trial Sponsor Name	0
00120020	LO	1	ClinicalTrialProtocolID	Clinical Trial Protocol ID	0
00120021	LO	1	ClinicalTrialProtocolName	Clinical Trial Protocol Name	0
00120022	LO	1	IssuerOfClinicalTrialProtocolID	Issuer of Clinical Trial Protocol ID	0
00120023	SQ	1	OtherClinicalTrialProtocolIDsSequence	Other Clinical Trial Protocol IDs Sequence	0
00120030	LO	1	ClinicalTrialSiteID	Clinical Trial Site ID	0
00120031	LO	1	ClinicalTrialSiteName	Clinical Trial Site Name	0
00120032	LO	1	IssuerOfClinicalTrialSiteID	Issuer of Clinical Trial Site ID	0
00120040	LO	1	ClinicalTrialSubjectID	Clinical Trial Subject ID	0
00120041	LO	1	IssuerOfClinicalTrialSubjectID	Issuer of Clinical Trial Subject ID	0
00120042	LO	1	ClinicalTrialSubjectReadingID	Clinical Trial Subject Reading ID	0
00120043	LO	1	IssuerOfClinicalTrialSubjectReadingID	Issuer of Clinical Trial Subject Reading ID	0
00120050	LO	1	ClinicalTrialTimePointID	Clinical Trial Time Point ID	0
00120051	ST	1	ClinicalTrialTimePointDescription	Clinical Trial Time Point Description	0
00120052	FD	1	LongitudinalTemporalOffsetFromEvent	Longitudinal Temporal Offset from Event	0
00120053	CS	1	LongitudinalTemporalEventType	Longitudinal Temporal Event Type	0
00120054	SQ	1	ClinicalTrialTimePointTypeCodeSequence	Clinical Trial Time Point Type Code Sequence	0
00120055	LO	1	IssuerOfClinicalTrialTimePointID	Issuer of Clinical Trial Time Point ID	0
00120060	LO	1	ClinicalTrialCoordinatingCenterName	Clinical Trial Coordinating Center Name	0
00120062	CS	1	PatientIdentityRemoved	Patient Identity Removed	0
00120063	LO	1-n	DeidentificationMethod	De-identification Method	0
00120064	SQ	1	DeidentificationMethodCodeSequence	De-identification Method Code Sequence	0
00120071	LO	1	ClinicalTrialSeriesID	Clinical Trial Series ID	0
00120072	LO	1	ClinicalTrialSeriesDescription	Clinical Trial Series Description	0
00120073	LO	1	IssuerOfClinicalTrialSeriesID	Issuer of Clinical Trial Series ID	0
00120081	LO	1	ClinicalTrialProtocolEthicsCommitteeName	Clinical Trial Protocol Ethics Committee Name	0
00120082	LO	1	ClinicalTrialProtocolEthicsCommitteeApprovalNumber	Clinical Trial Protocol Ethics Committee Approval Number	0
00120083	SQ	1	ConsentForClinicalTrialUseSequence	Consent for Clinical Trial Use Sequence	0
00120084	CS	1	DistributionType	Distribution Type	0
00120085	CS	1	ConsentForDistributionFlag	Consent for Distribution Flag	0
00120086	DA	1	EthicsCommitteeApprovalEffectivenessStartDate	Ethics Committee Approval Effectiveness Start Date	0
00120087	DA	1	EthicsCommitteeApprovalEffectivenessEndDate	Ethics Committee Approval Effectiveness End Date	0
00140023	ST	1	CADFileFormat	CAD File Format	1
00140024	ST	1	ComponentReferenceSystem	Component Reference System	1
00140025	ST	1	ComponentManufacturingProcedure	Component Manufacturing Procedure	0
00140028	ST	1	ComponentManufacturer	Component Manufacturer	0
00140030	DS	1-n	MaterialThickness	Material Thickness	0
00140032	DS	1-n	MaterialPipeDiameter	Material Pipe Diameter	0
00140034	DS	1-n	MaterialIsolationDiameter	Material Isolation Diameter	0
00140042	ST	1	MaterialGrade	Material Grade	0
00140044	ST	1	MaterialPropertiesDescription	Material Properties Description	0
00140045	ST	1	MaterialPropertiesFileFormatRetired	Material Properties File Format (Retired)	1
00140046	LT	1	MaterialNotes	Material Notes	0
00140050	CS	1	ComponentShape	Component Shape	0
00140052	CS	1	CurvatureType	Curvature Type	0
00140054	DS	1	OuterDiameter	Outer Diameter	0
00140056	DS	1	InnerDiameter	Inner Diameter	0
00140100	LO	1-n	ComponentWelderIDs	Component Welder IDs	0
00140101	CS	1	SecondaryApprovalStatus	Secondary Approval Status	0
00140102	DA	1	SecondaryReviewDate	Secondary Review Date	0
00140103	TM	1	SecondaryReviewTime	Secondary Review Time	0
00140104	PN	1	SecondaryReviewerName	Secondary Reviewer Name	0
00140105	ST	1	RepairID	Repair ID	0
00140106	SQ	1	MultipleComponentApprovalSequence	Multiple Component Approval Sequence	0
00140107	CS	1-n	OtherApprovalStatus	Other Approval Status	0
00140108	CS	1-n	OtherSecondaryApprovalStatus	Other Secondary Approval Status	0
00140200	SQ	1	DataElementLabelSequence	Data Element Label Sequence	0
00140201	SQ	1	DataElementLabelItemSequence	Data Element Label Item Sequence	0
00140202	AT	1	DataElement	Data Element	0
00140203	LO	1	DataElementName	Data Element Name	0
00140204	LO	1	DataElementDescription	Data Element Description	0
00140205	CS	1	DataElementConditionality	Data Element Conditionality	0
00140206	IS	1	DataElementMinimumCharacters	Data Element Minimum Characters	0
00140207	IS	1	DataElementMaximumCharacters	Data Element Maximum Characters	0
00141010	ST	1	ActualEnvironmentalConditions	Actual Environmental Conditions	0
00141020	DA	1	ExpiryDate	Expiry Date	0
00141040	ST	1	EnvironmentalConditions	Environmental Conditions	0
00142002	SQ	1	EvaluatorSequence	Evaluator Sequence	0
00142004	IS	1	EvaluatorNumber	Evaluator Number	0
00142006	PN	1	EvaluatorName	Evaluator Name	0
00142008	IS	1	EvaluationAttempt	Evaluation Attempt	0
00142012	SQ	1	IndicationSequence	Indication Sequence	0
00142014	IS	1	IndicationNumber	Indication Number	0
00142016	SH	1	IndicationLabel	Indication Label	0
00142018	ST	1	IndicationDescription	Indication Description	0
0014201A	CS	1-n	IndicationType	Indication Type	0
0014201C	CS	1	IndicationDisposition	Indication Disposition	0
0014201E	SQ	1	IndicationROISequence	Indication ROI Sequence	0
00142030	SQ	1	IndicationPhysicalPropertySequence	Indication Physical Property Sequence	0
00142032	SH	1	PropertyLabel	Property Label	0
00142202	IS	1	CoordinateSystemNumberOfAxes	Coordinate System Number of Axes	0
00142204	SQ	1	CoordinateSystemAxesSequence	Coordinate System Axes Sequence	0
00142206	ST	1	CoordinateSystemAxisDescription	Coordinate System Axis Description	0
00142208	CS	1	CoordinateSystemDataSetMapping	Coordinate System Data Set Mapping	0
0014220A	IS	1	CoordinateSystemAxisNumber	Coordinate System Axis Number	0
0014220C	CS	1	CoordinateSystemAxisType	Coordinate System Axis Type	0
0014220E	CS	1	CoordinateSystemAxisUnits	Coordinate System Axis Units	0
00142210	OB	1	CoordinateSystemAxisValues	Coordinate System Axis Values	0
00142220	SQ	1	CoordinateSystemTransformSequence	Coordinate System Transform Sequence	0
00142222	ST	1	TransformDescription	Transform Description	0
00142224	IS	1	TransformNumberOfAxes	Transform Number of Axes	0
00142226	IS	1-n	TransformOrderOfAxes	Transform Order of Axes	0
00142228	CS	1	TransformedAxisUnits	Transformed Axis Units	0
0014222A	DS	1-n	CoordinateSystemTransformRotationAndScaleMatrix	Coordinate System Transform Rotation and Scale Matrix	0
0014222C	DS	1-n	CoordinateSystemTransformTranslationMatrix	Coordinate System Transform Translation Matrix	0
00143011	DS	1	InternalDetectorFrameTime	Internal Detector Frame Time	0
00143012	DS	1	NumberOfFramesIntegrated	Number of Frames Integrated	0
00143020	SQ	1	DetectorTemperatureSequence	Detector Temperature Sequence	0
00143022	ST	1	SensorName	Sensor Name	0
00143024	DS	1	HorizontalOffsetOfSensor	Horizontal Offset of Sensor	0
00143026	DS	1	VerticalOffsetOfSensor	Vertical Offset of Sensor	0
00143028	DS	1	SensorTemperature	Sensor Temperature	0
00143040	SQ	1	DarkCurrentSequence	Dark Current Sequence	0
00143050	OB or OW	1	DarkCurrentCounts	Dark Current Counts	0
00143060	SQ	1	GainCorrectionReferenceSequence	Gain Correction Reference Sequence	0
00143070	OB or OW	1	AirCounts	Air Counts	0
00143071	DS	1	KVUsedInGainCalibration	KV Used in Gain Calibration	0
00143072	DS	1	MAUsedInGainCalibration	MA Used in Gain Calibration	0
00143073	DS	1	NumberOfFramesUsedForIntegration	Number of Frames Used for Integration	0
00143074	LO	1	FilterMaterialUsedInGainCalibration	Filter Material Used in Gain Calibration	0
00143075	DS	1	FilterThicknessUsedInGainCalibration	Filter Thickness Used in Gain Calibration	0
00143076	DA	1	DateOfGainCalibration	Date of Gain Calibration	0
00143077	TM	1	TimeOfGainCalibration	Time of Gain Calibration	0
00143080	OB	1	BadPixelImage	Bad Pixel Image	0
00143099	LT	1	CalibrationNotes	Calibration Notes	0
00143100	LT	1	LinearityCorrectionTechnique	Linearity Correction Technique	0
00143101	LT	1	BeamHardeningCorrectionTechnique	Beam Hardening Correction Technique	0
00144002	SQ	1	PulserEquipmentSequence	Pulser Equipment Sequence	0
00144004	CS	1	PulserType	Pulser Type	0
00144006	LT	1	PulserNotes	Pulser Notes	0
00144008	SQ	1	ReceiverEquipmentSequence	Receiver Equipment Sequence	0
0014400A	CS	1	AmplifierType	Amplifier Type	0
0014400C	LT	1	ReceiverNotes	Receiver Notes	0
0014400E	SQ	1	PreAmplifierEquipmentSequence	Pre-Amplifier Equipment Sequence	0
0014400F	LT	1	PreAmplifierNotes	Pre-Amplifier Notes	0
00144010	SQ	1	TransmitTransducerSequence	Transmit Transducer Sequence	0
00144011	SQ	1	ReceiveTransducerSequence	Receive Transducer Sequence	0
00144012	US	1	NumberOfElements	Number of Elements	0
00144013	CS	1	ElementShape	Element Shape	0
00144014	DS	1	ElementDimensionA	Element Dimension A	0
00144015	DS	1	ElementDimensionB	Element Dimension B	0
00144016	DS	1	ElementPitchA	Element Pitch A	0
00144017	DS	1	MeasuredBeamDimensionA	Measured Beam Dimension A	0
00144018	DS	1	MeasuredBeamDimensionB	Measured Beam Dimension B	0
00144019	DS	1	LocationOfMeasuredBeamDiameter	Location of Measured Beam Diameter	0
0014401A	DS	1	NominalFrequency	Nominal Frequency	0
0014401B	DS	1	MeasuredCenterFrequency	Measured Center Frequency	0
0014401C	DS	1	MeasuredBandwidth	Measured Bandwidth	0
0014401D	DS	1	ElementPitchB	Element Pitch B	0
00144020	SQ	1	PulserSettingsSequence	Pulser Settings Sequence	0
00144022	DS	1	PulseWidth	Pulse Width	0
00144024	DS	1	ExcitationFrequency	Excitation Frequency	0
00144026	CS	1	ModulationType	Modulation Type	0
00144028	DS	1	Damping	Damping	0
00144030	SQ	1	ReceiverSettingsSequence	Receiver Settings Sequence	0
00144031	DS	1	AcquiredSoundpathLength	Acquired Soundpath Length	0
00144032	CS	1	AcquisitionCompressionType	Acquisition Compression Type	0
00144033	IS	1	AcquisitionSampleSize	Acquisition Sample Size	0
00144034	DS	1	RectifierSmoothing	Rectifier Smoothing	0
00144035	SQ	1	DACSequence	DAC Sequence	0
00144036	CS	1	DACType	DAC Type	0
00144038	DS	1-n	DACGainPoints	DAC Gain Points	0
0014403A	DS	1-n	DACTimePoints	DAC Time Points	0
0014403C	DS	1-n	DACAmplitude	DAC Amplitude	0
00144040	SQ	1	PreAmplifierSettingsSequence	Pre-Amplifier Settings Sequence	0
00144050	SQ	1	TransmitTransducerSettingsSequence	Transmit Transducer Settings Sequence	0
00144051	SQ	1	ReceiveTransducerSettingsSequence	Receive Transducer Settings Sequence	0
00144052	DS	1	IncidentAngle	Incident Angle	0
00144054	ST	1	CouplingTechnique	Coupling Technique	0
00144056	ST	1	CouplingMedium	Coupling Medium	0
00144057	DS	1	CouplingVelocity	Coupling Velocity	0
00144058	DS	1	ProbeCenterLocationX	Probe Center Location X	0
00144059	DS	1	ProbeCenterLocationZ	Probe Center Location Z	0
0014405A	DS	1	SoundPathLength	Sound Path Length	0
0014405C	ST	1	DelayLawIdentifier	Delay Law Identifier	0
00144060	SQ	1	GateSettingsSequence	Gate Settings Sequence	0
00144062	DS	1	GateThreshold	Gate Threshold	0
00144064	DS	1	VelocityOfSound	Velocity of Sound	0
00144070	SQ	1	CalibrationSettingsSequence	Calibration Settings Sequence	0
00144072	ST	1	CalibrationProcedure	Calibration Procedure	0
00144074	SH	1	ProcedureVersion	Procedure Version	0
00144076	DA	1	ProcedureCreationDate	Procedure Creation Date	0
00144078	DA	1	ProcedureExpirationDate	Procedure Expiration Date	0
0014407A	DA	1	ProcedureLastModifiedDate	Procedure Last Modified Date	0
0014407C	TM	1-n	CalibrationTime	Calibration Time	0
0014407E	DA	1-n	CalibrationDate	Calibration Date	0
00144080	SQ	1	ProbeDriveEquipmentSequence	Probe Drive Equipment Sequence	0
00144081	CS	1	DriveType	Drive Type	0
00144082	LT	1	ProbeDriveNotes	Probe Drive Notes	0
00144083	SQ	1	DriveProbeSequence	Drive Probe Sequence	0
00144084	DS	1	ProbeInductance	Probe Inductance	0
00144085	DS	1	ProbeResistance	Probe Resistance	0
00144086	SQ	1	ReceiveProbeSequence	Receive Probe Sequence	0
00144087	SQ	1	ProbeDriveSettingsSequence	Probe Drive Settings Sequence	0
00144088	DS	1	BridgeResistors	Bridge Resistors	0
00144089	DS	1	ProbeOrientationAngle	Probe Orientation Angle	0
0014408B	DS	1	UserSelectedGainY	User Selected Gain Y	0
0014408C	DS	1	UserSelectedPhase	User Selected Phase	0
0014408D	DS	1	UserSelectedOffsetX	User Selected Offset X	0
0014408E	DS	1	UserSelectedOffsetY	User Selected Offset Y	0
00144091	SQ	1	ChannelSettingsSequence	Channel Settings Sequence	0
00144092	DS	1	ChannelThreshold	Channel Threshold	0
0014409A	SQ	1	ScannerSettingsSequence	Scanner Settings Sequence	0
0014409B	ST	1	ScanProcedure	Scan Procedure	0
0014409C	DS	1	TranslationRateX	Translation Rate X	0
0014409D	DS	1	TranslationRateY	Translation Rate Y	0
0014409F	DS	1	ChannelOverlap	Channel Overlap	0
001440A0	LO	1-n	ImageQualityIndicatorType	Image Quality Indicator Type	0
001440A1	LO	1-n	ImageQualityIndicatorMaterial	Image Quality Indicator Material	0
001440A2	LO	1-n	ImageQualityIndicatorSize	Image Quality Indicator Size	0
00145002	IS	1	LINACEnergy	LINAC Energy	0
00145004	IS	1	LINACOutput	LINAC Output	0
00145100	US	1	ActiveAperture	Active Aperture	0
00145101	DS	1	TotalAperture	Total Aperture	0
00145102	DS	1	ApertureElevation	Aperture Elevation	0
00145103	DS	1	MainLobeAngle	Main Lobe Angle	0
00145104	DS	1	MainRoofAngle	Main Roof Angle	0
00145105	CS	1	ConnectorType	Connector Type	0
00145106	SH	1	WedgeModelNumber	Wedge Model Number	0
00145107	DS	1	WedgeAngleFloat	Wedge Angle Float	0
00145108	DS	1	WedgeRoofAngle	Wedge Roof Angle	0
00145109	CS	1	WedgeElement1Position	Wedge Element 1 Position	0
0014510A	DS	1	WedgeMaterialVelocity	Wedge Material Velocity	0
0014510B	SH	1	WedgeMaterial	Wedge Material	0
0014510C	DS	1	WedgeOffsetZ	Wedge Offset Z	0
0014510D	DS	1	WedgeOriginOffsetX	Wedge Origin Offset X	0
0014510E	DS	1	WedgeTimeDelay	Wedge Time Delay	0
0014510F	SH	1	WedgeName	Wedge Name	0
00145110	SH	1	WedgeManufacturerName	Wedge Manufacturer Name	0
00145111	LO	1	WedgeDescription	Wedge Description	0
00145112	DS	1	NominalBeamAngle	Nominal Beam Angle	0
00145113	DS	1	WedgeOffsetX	Wedge Offset X	0
00145114	DS	1	WedgeOffsetY	Wedge Offset Y	0
00145115	DS	1	WedgeTotalLength	Wedge Total Length	0
00145116	DS	1	WedgeInContactLength	Wedge In Contact Length	0
00145117	DS	1	WedgeFrontGap	Wedge Front Gap	0
00145118	DS	1	WedgeTotalHeight	Wedge Total Height	0
00145119	DS	1	WedgeFrontHeight	Wedge Front Height	0
0014511A	DS	1	WedgeRearHeight	Wedge Rear Height	0
0014511B	DS	1	WedgeTotalWidth	Wedge Total Width	0
0014511C	DS	1	WedgeInContactWidth	Wedge In Contact Width	0
0014511D	DS	1	WedgeChamferHeight	Wedge Chamfer Height	0
0014511E	CS	1	WedgeCurve	Wedge Curve	0
0014511F	DS	1	RadiusAlongWedge	Radius Along the Wedge	0
00160001	DS	1	WhitePoint	White Point	0
00160002	DS	3	PrimaryChromaticities	Primary Chromaticities	0
00160003	UT	1	BatteryLevel	Battery Level	0
00160004	DS	1	ExposureTimeInSeconds	Exposure Time in Seconds	0
00160005	DS	1	FNumber	F-Number	0
00160006	IS	1	OECFRows	OECF Rows	0
00160007	IS	1	OECFColumns	OECF Columns	0
00160008	UC	1-n	OECFColumnNames	OECF Column Names	0
00160009	DS	1-n	OECFValues	OECF Values	0
0016000A	IS	1	SpatialFrequencyResponseRows	Spatial Frequency Response Rows	0
0016000B	IS	1	SpatialFrequencyResponseColumns	Spatial Frequency Response Columns	0
0016000C	UC	1-n	SpatialFrequencyResponseColumnNames	Spatial Frequency Response Column Names	0
0016000D	DS	1-n	SpatialFrequencyResponseValues	Spatial Frequency Response Values	0
0016000E	IS	1	ColorFilterArrayPatternRows	Color Filter Array Pattern Rows	0
0016000F	IS	1	ColorFilterArrayPatternColumns	Color Filter Array Pattern Columns	0
00160010	DS	1-n	ColorFilterArrayPatternValues	Color Filter Array Pattern Values	0
00160011	US	1	FlashFiringStatus	Flash Firing Status	0
00160012	US	1	FlashReturnStatus	Flash Return Status	0
00160013	US	1	FlashMode	Flash Mode	0
00160014	US	1	FlashFunctionPresent	Flash Function Present	0
00160015	US	1	FlashRedEyeMode	Flash Red Eye Mode	0
00160016	US	1	ExposureProgram	Exposure Program	0
00160017	UT	1	SpectralSensitivity	Spectral Sensitivity	0
00160018	IS	1	PhotographicSensitivity	Photographic Sensitivity	0
00160019	IS	1	SelfTimerMode	Self Timer Mode	0
0016001A	US	1	SensitivityType	Sensitivity Type	0
0016001B	IS	1	StandardOutputSensitivity	Standard Output Sensitivity	0
0016001C	IS	1	RecommendedExposureIndex	Recommended Exposure Index	0
0016001D	IS	1	ISOSpeed	ISO Speed	0
0016001E	IS	1	ISOSpeedLatitudeyyy	ISO Speed Latitude yyy	0
0016001F	IS	1	ISOSpeedLatitudezzz	ISO Speed Latitude zzz	0
00160020	UT	1	EXIFVersion	EXIF Version	0
00160021	DS	1	ShutterSpeedValue	Shutter Speed Value	0
00160022	DS	1	ApertureValue	Aperture Value	0
00160023	DS	1	BrightnessValue	Brightness Value	0
00160024	DS	1	ExposureBiasValue	Exposure Bias Value	0
00160025	DS	1	MaxApertureValue	Max Aperture Value	0
00160026	DS	1	SubjectDistance	Subject Distance	0
00160027	US	1	MeteringMode	Metering Mode	0
00160028	US	1	LightSource	Light Source	0
00160029	DS	1	FocalLength	Focal Length	0
0016002A	IS	2-4	SubjectArea	Subject Area	0
0016002B	OB	1	MakerNote	Maker Note	0
00160030	DS	1	Temperature	Temperature	0
00160031	DS	1	Humidity	Humidity	0
00160032	DS	1	Pressure	Pressure	0
00160033	DS	1	WaterDepth	Water Depth	0
00160034	DS	1	Acceleration	Acceleration	0
00160035	DS	1	CameraElevationAngle	Camera Elevation Angle	0
00160036	DS	1-2	FlashEnergy	Flash Energy	0
00160037	IS	2	SubjectLocation	Subject Location	0
00160038	DS	1	PhotographicExposureIndex	Photographic Exposure Index	0
00160039	US	1	SensingMethod	Sensing Method	0
0016003A	US	1	FileSource	File Source	0
0016003B	US	1	SceneType	Scene Type	0
00160041	US	1	CustomRendered	Custom Rendered	0
00160042	US	1	ExposureMode	Exposure Mode	0
00160043	US	1	WhiteBalance	White Balance	0
00160044	DS	1	DigitalZoomRatio	Digital Zoom Ratio	0
00160045	IS	1	FocalLengthIn35mmFilm	Focal Length In 35mm Film	0
00160046	US	1	SceneCaptureType	Scene Capture Type	0
00160047	US	1	GainControl	Gain Control	0
00160048	US	1	Contrast	Contrast	0
00160049	US	1	Saturation	Saturation	0
0016004A	US	1	Sharpness	Sharpness	0
0016004B	OB	1	DeviceSettingDescription	Device Setting Description	0
0016004C	US	1	SubjectDistanceRange	Subject Distance Range	0
0016004D	UT	1	CameraOwnerName	Camera Owner Name	0
0016004E	DS	4	LensSpecification	Lens Specification	0
0016004F	UT	1	LensMake	Lens Make	0
00160050	UT	1	LensModel	Lens Model	0
00160051	UT	1	LensSerialNumber	Lens Serial Number	0
00160061	CS	1	InteroperabilityIndex	Interoperability Index	0
00160062	OB	1	InteroperabilityVersion	Interoperability Version	0
00160070	OB	1	GPSVersionID	GPS Version ID	0
00160071	CS	1	GPSLatitudeRef	GPS Latitude Ref	0
00160072	DS	3	GPSLatitude	GPS Latitude	0
00160073	CS	1	GPSLongitudeRef	GPS Longitude Ref	0
00160074	DS	3	GPSLongitude	GPS Longitude	0
00160075	US	1	GPSAltitudeRef	GPS Altitude Ref	0
00160076	DS	1	GPSAltitude	GPS Altitude	0
00160077	DT	1	GPSTimeStamp	GPS Time Stamp	0
00160078	UT	1	GPSSatellites	GPS Satellites	0
00160079	CS	1	GPSStatus	GPS Status	0
0016007A	CS	1	GPSMeasureMode	GPS Measure Mode	0
0016007B	DS	1	GPSDOP	GPS DOP	0
0016007C	CS	1	GPSSpeedRef	GPS Speed Ref	0
0016007D	DS	1	GPSSpeed	GPS Speed	0
0016007E	CS	1	GPSTrackRef	GPS Track Ref	0
0016007F	DS	1	GPSTrack	GPS Track	0
00160080	CS	1	GPSImgDirectionRef	GPS Img Direction Ref	0
00160081	DS	1	GPSImgDirection	GPS Img Direction	0
00160082	UT	1	GPSMapDatum	GPS Map Datum	0
00160083	CS	1	GPSDestLatitudeRef	GPS Dest Latitude Ref	0
00160084	DS	3	GPSDestLatitude	GPS Dest Latitude	0
00160085	CS	1	GPSDestLongitudeRef	GPS Dest Longitude Ref	0
00160086	DS	3	GPSDestLongitude	GPS Dest Longitude	0
00160087	CS	1	GPSDestBearingRef	GPS Dest Bearing Ref	0
00160088	DS	1	GPSDestBearing	GPS Dest Bearing	0
00160089	CS	1	GPSDestDistanceRef	GPS Dest Distance Ref	0
0016008A	DS	1	GPSDestDistance	GPS Dest Distance	0
0016008B	OB	1	GPSProcessingMethod	GPS Processing Method	0
0016008C	OB	1	GPSAreaInformation	GPS Area Information	0
0016008D	DT	1	GPSDateStamp	GPS Date Stamp	0
0016008E	IS	1	GPSDifferential	GPS Differential	0
00161001	CS	1	LightSourcePolarization	Light Source Polarization	0
00161002	DS	1	EmitterColorTemperature	Emitter Color Temperature	0
00161003	CS	1	ContactMethod	Contact Method	0
00161004	CS	1-n	ImmersionMedia	Immersion Media	0
00161005	DS	1	OpticalMagnificationFactor	Optical Magnification Factor	0
00180010	LO	1	ContrastBolusAgent	Contrast/Bolus Agent	0
00180012	SQ	1	ContrastBolusAgentSequence	Contrast/Bolus Agent Sequence	0
00180013	FL	1	ContrastBolusT1Relaxivity	Contrast/Bolus T1 Relaxivity	0
00180014	SQ	1	ContrastBolusAdministrationRouteSequence	Contrast/Bolus Administration Route Sequence	0
00180015	CS	1	BodyPartExamined	Body Part Examined	0
00180020	CS	1-n	ScanningSequence	Scanning Sequence	0
00180021	CS	1-n	SequenceVariant	Sequence Variant	0
00180022	CS	1-n	ScanOptions	Scan Options	0
00180023	CS	1	MRAcquisitionType	MR Acquisition Type	0
00180024	SH	1	SequenceName	Sequence Name	0
00180025	CS	1	AngioFlag	Angio Flag	0
00180026	SQ	1	InterventionDrugInformationSequence	Intervention Drug Information Sequence	0
00180027	TM	1	InterventionDrugStopTime	Intervention Drug Stop Time	0
00180028	DS	1	InterventionDrugDose	Intervention Drug Dose	0
00180029	SQ	1	InterventionDrugCodeSequence	Intervention Drug Code Sequence	0
0018002A	SQ	1	AdditionalDrugSequence	Additional Drug Sequence	0
00180030	LO	1-n	Radionuclide	Radionuclide	1
00180031	LO	1	Radiopharmaceutical	Radiopharmaceutical	0
00180032	DS	1	EnergyWindowCenterline	Energy Window Centerline	1
00180033	DS	1-n	EnergyWindowTotalWidth	Energy Window Total Width	1
00180034	LO	1	InterventionDrugName	Intervention Drug Name	0
00180035	TM	1	InterventionDrugStartTime	Intervention Drug Start Time	0
00180036	SQ	1	InterventionSequence	Intervention Sequence	0
00180037	CS	1	TherapyType	Therapy Type	1
00180038	CS	1	InterventionStatus	Intervention Status	0
00180039	CS	1	TherapyDescription	Therapy Description	1
0018003A	ST	1	InterventionDescription	Intervention Description	0
00180040	IS	1	CineRate	Cine Rate	0
00180042	CS	1	InitialCineRunState	Initial Cine Run State	0
00180050	DS	1	SliceThickness	Slice Thickness	0
00180060	DS	1	KVP	KVP	0
00180061	DS	1			1
00180070	IS	1	CountsAccumulated	Counts Accumulated	0
00180071	CS	1	AcquisitionTerminationCondition	Acquisition Termination Condition	0
00180072	DS	1	EffectiveDuration	Effective Duration	0
00180073	CS	1	AcquisitionStartCondition	Acquisition Start Condition	0
00180074	IS	1	AcquisitionStartConditionData	Acquisition Start Condition Data	0
00180075	IS	1	AcquisitionTerminationConditionData	Acquisition Termination Condition Data	0
00180080	DS	1	RepetitionTime	Repetition Time	0
00180081	DS	1	EchoTime	Echo Time	0
00180082	DS	1	InversionTime	Inversion Time	0
00180083	DS	1	NumberOfAverages	Number of Averages	0
00180084	DS	1	ImagingFrequency	Imaging Frequency	0
00180085	SH	1	ImagedNucleus	Imaged Nucleus	0
00180086	IS	1-n	EchoNumbers	Echo Number(s)	0
00180087	DS	1	MagneticFieldStrength	Magnetic Field Strength	0
00180088	DS	1	SpacingBetweenSlices	Spacing Between Slices	0
00180089	IS	1	NumberOfPhaseEncodingSteps	Number of Phase Encoding Steps	0
00180090	DS	1	DataCollectionDiameter	Data Collection Diameter	0
00180091	IS	1	EchoTrainLength	Echo Train Length	0
00180093	DS	1	PercentSampling	Percent Sampling	0
00180094	DS	1	PercentPhaseFieldOfView	Percent Phase Field of View	0
00180095	DS	1	PixelBandwidth	Pixel Bandwidth	0
00181000	LO	1	DeviceSerialNumber	Device Serial Number	0
00181002	UI	1	DeviceUID	Device UID	0
00181003	LO	1	DeviceID	Device ID	0
00181004	LO	1	PlateID	Plate ID	0
00181005	LO	1	GeneratorID	Generator ID	0
00181006	LO	1	GridID	Grid ID	0
00181007	LO	1	CassetteID	Cassette ID	0
00181008	LO	1	GantryID	Gantry ID	0
00181009	UT	1	UniqueDeviceIdentifier	Unique Device Identifier	0
0018100A	SQ	1	UDISequence	UDI Sequence	0
0018100B	UI	1-n	ManufacturerDeviceClassUID	Manufacturer's Device Class UID	0
00181010	LO	1	SecondaryCaptureDeviceID	Secondary Capture Device ID	0
00181011	LO	1	HardcopyCreationDeviceID	Hardcopy Creation Device ID	1
00181012	DA	1	DateOfSecondaryCapture	Date of Secondary Capture	0
00181014	TM	1	TimeOfSecondaryCapture	Time of Secondary Capture	0
00181016	LO	1	SecondaryCaptureDeviceManufacturer	Secondary Capture Device Manufacturer	0
00181017	LO	1	HardcopyDeviceManufacturer	Hardcopy Device Manufacturer	1
00181018	LO	1	SecondaryCaptureDeviceManufacturerModelName	Secondary Capture Device Manufacturer's Model Name	0
00181019	LO	1-n	SecondaryCaptureDeviceSoftwareVersions	Secondary Capture Device Software Versions	0
0018101A	LO	1-n	HardcopyDeviceSoftwareVersion	Hardcopy Device Software Version	1
0018101B	LO	1	HardcopyDeviceManufacturerModelName	Hardcopy Device Manufacturer's Model Name	1
00181020	LO	1-n	SoftwareVersions	Software Versions	0
00181022	SH	1	VideoImageFormatAcquired	Video Image Format Acquired	0
00181023	LO	1	DigitalImageFormatAcquired	Digital Image Format Acquired	0
00181030	LO	1	ProtocolName	Protocol Name	0
00181040	LO	1	ContrastBolusRoute	Contrast/Bolus Route	0
00181041	DS	1	ContrastBolusVolume	Contrast/Bolus Volume	0
00181042	TM	1	ContrastBolusStartTime	Contrast/Bolus Start Time	0
00181043	TM	1	ContrastBolusStopTime	Contrast/Bolus Stop Time	0
00181044	DS	1	ContrastBolusTotalDose	Contrast/Bolus Total Dose	0
00181045	IS	1	SyringeCounts	Syringe Counts	0
00181046	DS	1-n	ContrastFlowRate	Contrast Flow Rate	0
00181047	DS	1-n	ContrastFlowDuration	Contrast Flow Duration	0
00181048	CS	1	ContrastBolusIngredient	Contrast/Bolus Ingredient	0
00181049	DS	1	ContrastBolusIngredientConcentration	Contrast/Bolus Ingredient Concentration	0
00181050	DS	1	SpatialResolution	Spatial Resolution	0
00181060	DS	1	TriggerTime	Trigger Time	0
00181061	LO	1	TriggerSourceOrType	Trigger Source or Type	0
00181062	IS	1	NominalInterval	Nominal Interval	0
00181063	DS	1	FrameTime	Frame Time	0
00181064	LO	1	CardiacFramingType	Cardiac Framing Type	0
00181065	DS	1-n	FrameTimeVector	Frame Time Vector	0
00181066	DS	1	FrameDelay	Frame Delay	0
00181067	DS	1	ImageTriggerDelay	Image Trigger Delay	0
00181068	DS	1	MultiplexGroupTimeOffset	Multiplex Group Time Offset	0
00181069	DS	1	TriggerTimeOffset	Trigger Time Offset	0
0018106A	CS	1	SynchronizationTrigger	Synchronization Trigger	0
0018106C	US	2	SynchronizationChannel	Synchronization Channel	0
0018106E	UL	1	TriggerSamplePosition	Trigger Sample Position	0
00181070	LO	1	RadiopharmaceuticalRoute	Radiopharmaceutical Route	0
00181071	DS	1	RadiopharmaceuticalVolume	Radiopharmaceutical Volume	0
00181072	TM	1	RadiopharmaceuticalStartTime	Radiopharmaceutical Start Time	0
00181073	TM	1	RadiopharmaceuticalStopTime	Radiopharmaceutical Stop Time	0
00181074	DS	1	RadionuclideTotalDose	Radionuclide Total Dose	0
00181075	DS	1	RadionuclideHalfLife	Radionuclide Half Life	0
00181076	DS	1	RadionuclidePositronFraction	Radionuclide Positron Fraction	0
00181077	DS	1	RadiopharmaceuticalSpecificActivity	Radiopharmaceutical Specific Activity	0
00181078	DT	1	RadiopharmaceuticalStartDateTime	Radiopharmaceutical Start DateTime	0
00181079	DT	1	RadiopharmaceuticalStopDateTime	Radiopharmaceutical Stop DateTime	0
00181080	CS	1	BeatRejectionFlag	Beat Rejection Flag	0
00181081	IS	1	LowRRValue	Low R-R Value	0
00181082	IS	1	HighRRValue	High R-R Value	0
00181083	IS	1	IntervalsAcquired	Intervals Acquired	0
00181084	IS	1	IntervalsRejected	Intervals Rejected	0
00181085	LO	1	PVCRejection	PVC Rejection	0
00181086	IS	1	SkipBeats	Skip Beats	0
00181088	IS	1	HeartRate	Heart Rate	0
00181090	IS	1	CardiacNumberOfImages	Cardiac Number of Images	0
00181094	IS	1	TriggerWindow	Trigger Window	0
00181100	DS	1	ReconstructionDiameter	Reconstruction Diameter	0
00181110	DS	1	DistanceSourceToDetector	Distance Source to Detector	0
00181111	DS	1	DistanceSourceToPatient	Distance Source to Patient	0
00181114	DS	1	EstimatedRadiographicMagnificationFactor	Estimated Radiographic Magnification Factor	0
00181120	DS	1	GantryDetectorTilt	Gantry/Detector Tilt	0
00181121	DS	1	GantryDetectorSlew	Gantry/Detector Slew	0
00181130	DS	1	TableHeight	Table Height	0
00181131	DS	1	TableTraverse	Table Traverse	0
00181134	CS	1	TableMotion	Table Motion	0
00181135	DS	1-n	TableVerticalIncrement	Table Vertical Increment	0
00181136	DS	1-n	TableLateralIncrement	Table Lateral Increment	0
00181137	DS	1-n	TableLongitudinalIncrement	Table Longitudinal Increment	0
00181138	DS	1	TableAngle	Table Angle	0
0018113A	CS	1	TableType	Table Type	0
00181140	CS	1	RotationDirection	Rotation Direction	0
00181141	DS	1	AngularPosition	Angular Position	1
00181142	DS	1-n	RadialPosition	Radial Position	0
00181143	DS	1	ScanArc	Scan Arc	0
00181144	DS	1	AngularStep	Angular Step	0
00181145	DS	1	CenterOfRotationOffset	Center of Rotation Offset	0
00181146	DS	1-n	RotationOffset	Rotation Offset	1
00181147	CS	1	FieldOfViewShape	Field of View Shape	0
00181149	IS	1-2	FieldOfViewDimensions	Field of View Dimension(s)	0
00181150	IS	1	ExposureTime	Exposure Time	0
00181151	IS	1	XRayTubeCurrent	X-Ray Tube Current	0
00181152	IS	1	Exposure	Exposure	0
00181153	IS	1	ExposureInuAs	Exposure in uAs	0
00181154	DS	1	AveragePulseWidth	Average Pulse Width	0
00181155	CS	1	RadiationSetting	Radiation Setting	0
00181156	CS	1	RectificationType	Rectification Type	0
0018115A	CS	1	RadiationMode	Radiation Mode	0
0018115E	DS	1	ImageAndFluoroscopyAreaDoseProduct	Image and Fluoroscopy Area Dose Product	0
00181160	SH	1	FilterType	Filter Type	0
00181161	LO	1-n	TypeOfFilters	Type of Filters	0
00181162	DS	1	IntensifierSize	Intensifier Size	0
00181164	DS	2	ImagerPixelSpacing	Imager Pixel Spacing	0
00181166	CS	1-n	Grid	Grid	0
00181170	IS	1	GeneratorPower	Generator Power	0
00181180	SH	1	CollimatorGridName	Collimator/grid Name	0
00181181	CS	1	CollimatorType	Collimator Type	0
00181182	IS	1-2	FocalDistance	Focal Distance	0
00181183	DS	1-2	XFocusCenter	X Focus Center	0
00181184	DS	1-2	YFocusCenter	Y Focus Center	0
00181190	DS	1-n	FocalSpots	Focal Spot(s)	0
00181191	CS	1	AnodeTargetMaterial	Anode Target Material	0
001811A0	DS	1	BodyPartThickness	Body Part Thickness	0
001811A2	DS	1	CompressionForce	Compression Force	0
001811A3	DS	1	CompressionPressure	Compression Pressure	0
001811A4	LO	1	PaddleDescription	Paddle Description	0
001811A5	DS	1	CompressionContactArea	Compression Contact Area	0
001811B0	LO	1	AcquisitionMode	Acquisition Mode	0
001811B1	LO	1	DoseModeName	Dose Mode Name	0
001811B2	CS	1	AcquiredSubtractionMaskFlag	Acquired Subtraction Mask Flag	0
001811B3	CS	1	FluoroscopyPersistenceFlag	Fluoroscopy Persistence Flag	0
001811B4	CS	1	FluoroscopyLastImageHoldPersistenceFlag	Fluoroscopy Last Image Hold Persistence Flag	0
001811B5	IS	1	UpperLimitNumberOfPersistentFluoroscopyFrames	Upper Limit Number Of Persistent Fluoroscopy Frames	0
001811B6	CS	1	ContrastBolusAutoInjectionTriggerFlag	Contrast/Bolus Auto Injection Trigger Flag	0
001811B7	FD	1	ContrastBolusInjectionDelay	Contrast/Bolus Injection Delay	0
001811B8	SQ	1	XAAcquisitionPhaseDetailsSequence	XA Acquisition Phase Details Sequence	0
001811B9	FD	1	XAAcquisitionFrameRate	XA Acquisition Frame Rate	0
001811BA	SQ	1	XAPlaneDetailsSequence	XA Plane Details Sequence	0
001811BB	LO	1	AcquisitionFieldOfViewLabel	Acquisition Field of View Label	0
001811BC	SQ	1	XRayFilterDetailsSequence	X-Ray Filter Details Sequence	0
001811BD	FD	1	XAAcquisitionDuration	XA Acquisition Duration	0
001811BE	CS	1	ReconstructionPipelineType	Reconstruction Pipeline Type	0
001811BF	SQ	1	ImageFilterDetailsSequence	Image Filter Details Sequence	0
001811C0	CS	1	AppliedMaskSubtractionFlag	Applied Mask Subtraction Flag	0
001811C1	SQ	1	RequestedSeriesDescriptionCodeSequence	Requested Series Description Code Sequence	0
00181200	DA	1-n	DateOfLastCalibration	Date of Last Calibration	0
00181201	TM	1-n	TimeOfLastCalibration	Time of Last Calibration	0
00181202	DT	1	DateTimeOfLastCalibration	DateTime of Last Calibration	0
00181203	DT	1	CalibrationDateTime	Calibration DateTime	0
00181204	DA	1	DateOfManufacture	Date of Manufacture	0
00181205	DA	1	DateOfInstallation	Date of Installation	0
00181210	SH	1-n	ConvolutionKernel	Convolution Kernel	0
00181240	IS	1-n	UpperLowerPixelValues	Upper/Lower Pixel Values	1
00181242	IS	1	ActualFrameDuration	Actual Frame Duration	0
00181243	IS	1	CountRate	Count Rate	0
00181244	US	1	PreferredPlaybackSequencing	Preferred Playback Sequencing	0
00181250	SH	1	ReceiveCoilName	Receive Coil Name	0
00181251	SH	1	TransmitCoilName	Transmit Coil Name	0
00181260	SH	1	PlateType	Plate Type	0
00181261	LO	1	PhosphorType	Phosphor Type	0
00181271	FD	1	WaterEquivalentDiameter	Water Equivalent Diameter	0
00181272	SQ	1	WaterEquivalentDiameterCalculationMethodCodeSequence	Water Equivalent Diameter Calculation Method Code Sequence	0
00181300	DS	1	ScanVelocity	Scan Velocity	0
00181301	CS	1-n	WholeBodyTechnique	Whole Body Technique	0
00181302	IS	1	ScanLength	Scan Length	0
00181310	US	4	AcquisitionMatrix	Acquisition Matrix	0
00181312	CS	1	InPlanePhaseEncodingDirection	In-plane Phase Encoding Direction	0
00181314	DS	1	FlipAngle	Flip Angle	0
00181315	CS	1	VariableFlipAngleFlag	Variable Flip Angle Flag	0
00181316	DS	1	SAR	SAR	0
00181318	DS	1	dBdt	dB/dt	0
00181320	FL	1	B1rms	B1rms	0
00181400	LO	1	AcquisitionDeviceProcessingDescription	Acquisition Device Processing Description	0
00181401	LO	1	AcquisitionDeviceProcessingCode	Acquisition Device Processing Code	0
00181402	CS	1	CassetteOrientation	Cassette Orientation	0
00181403	CS	1	CassetteSize	Cassette Size	0
00181404	US	1	ExposuresOnPlate	Exposures on Plate	0
00181405	IS	1	RelativeXRayExposure	Relative X-Ray Exposure	0
00181411	DS	1	ExposureIndex	Exposure Index	0
00181412	DS	1	TargetExposureIndex	Target Exposure Index	0
00181413	DS	1	DeviationIndex	Deviation Index	0
00181450	DS	1	ColumnAngulation	Column Angulation	0
00181460	DS	1	TomoLayerHeight	Tomo Layer Height	0
00181470	DS	1	TomoAngle	Tomo Angle	0
00181480	DS	1	TomoTime	Tomo Time	0
00181490	CS	1	TomoType	Tomo Type	0
00181491	CS	1	TomoClass	Tomo Class	0
00181495	IS	1	NumberOfTomosynthesisSourceImages	Number of Tomosynthesis Source Images	0
00181500	CS	1	PositionerMotion	Positioner Motion	0
00181508	CS	1	PositionerType	Positioner Type	0
00181510	DS	1	PositionerPrimaryAngle	Positioner Primary Angle	0
00181511	DS	1	PositionerSecondaryAngle	Positioner Secondary Angle	0
00181520	DS	1-n	PositionerPrimaryAngleIncrement	Positioner Primary Angle Increment	0
00181521	DS	1-n	PositionerSecondaryAngleIncrement	Positioner Secondary Angle Increment	0
00181530	DS	1	DetectorPrimaryAngle	Detector Primary Angle	0
00181531	DS	1	DetectorSecondaryAngle	Detector Secondary Angle	0
00181600	CS	1-3	ShutterShape	Shutter Shape	0
00181602	IS	1	ShutterLeftVerticalEdge	Shutter Left Vertical Edge	0
00181604	IS	1	ShutterRightVerticalEdge	Shutter Right Vertical Edge	0
00181606	IS	1	ShutterUpperHorizontalEdge	Shutter Upper Horizontal Edge	0
00181608	IS	1	ShutterLowerHorizontalEdge	Shutter Lower Horizontal Edge	0
00181610	IS	2	CenterOfCircularShutter	Center of Circular Shutter	0
00181612	IS	1	RadiusOfCircularShutter	Radius of Circular Shutter	0
00181620	IS	2-2n	VerticesOfThePolygonalShutter	Vertices of the Polygonal Shutter	0
00181622	US	1	ShutterPresentationValue	Shutter Presentation Value	0
00181623	US	1	ShutterOverlayGroup	Shutter Overlay Group	0
00181624	US	3	ShutterPresentationColorCIELabValue	Shutter Presentation Color CIELab Value	0
00181630	CS	1	OutlineShapeType	Outline Shape Type	0
00181631	FD	1	OutlineLeftVerticalEdge	Outline Left Vertical Edge	0
00181632	FD	1	OutlineRightVerticalEdge	Outline Right Vertical Edge	0
00181633	FD	1	OutlineUpperHorizontalEdge	Outline Upper Horizontal Edge	0
00181634	FD	1	OutlineLowerHorizontalEdge	Outline Lower Horizontal Edge	0
00181635	FD	2	CenterOfCircularOutline	Center of Circular Outline	0
00181636	FD	1	DiameterOfCircularOutline	Diameter of Circular Outline	0
00181637	UL	1	NumberOfPolygonalVertices	Number of Polygonal Vertices	0
00181638	OF	1	VerticesOfThePolygonalOutline	Vertices of the Polygonal Outline	0
00181700	CS	1-3	CollimatorShape	Collimator Shape	0
00181702	IS	1	CollimatorLeftVerticalEdge	Collimator Left Vertical Edge	0
00181704	IS	1	CollimatorRightVerticalEdge	Collimator Right Vertical Edge	0
00181706	IS	1	CollimatorUpperHorizontalEdge	Collimator Upper Horizontal Edge	0
00181708	IS	1	CollimatorLowerHorizontalEdge	Collimator Lower Horizontal Edge	0
00181710	IS	2	CenterOfCircularCollimator	Center of Circular Collimator	0
00181712	IS	1	RadiusOfCircularCollimator	Radius of Circular Collimator	0
00181720	IS	2-2n	VerticesOfThePolygonalCollimator	Vertices of the Polygonal Collimator	0
00181800	CS	1	AcquisitionTimeSynchronized	Acquisition Time Synchronized	0
00181801	SH	1	TimeSource	Time Source	0
00181802	CS	1	TimeDistributionProtocol	Time Distribution Protocol	0
00181803	LO	1	NTPSourceAddress	NTP Source Address	0
00182001	IS	1-n	PageNumberVector	Page Number Vector	0
00182002	SH	1-n	FrameLabelVector	Frame Label Vector	0
00182003	DS	1-n	FramePrimaryAngleVector	Frame Primary Angle Vector	0
00182004	DS	1-n	FrameSecondaryAngleVector	Frame Secondary Angle Vector	0
00182005	DS	1-n	SliceLocationVector	Slice Location Vector	0
00182006	SH	1-n	DisplayWindowLabelVector	Display Window Label Vector	0
00182010	DS	2	NominalScannedPixelSpacing	Nominal Scanned Pixel Spacing	0
00182020	CS	1	DigitizingDeviceTransportDirection	Digitizing Device Transport Direction	0
00182030	DS	1	RotationOfScannedFilm	Rotation of Scanned Film	0
00182041	SQ	1	BiopsyTargetSequence	Biopsy Target Sequence	0
00182042	UI	1	TargetUID	Target UID	0
00182043	FL	2	LocalizingCursorPosition	Localizing Cursor Position	0
00182044	FL	3	CalculatedTargetPosition	Calculated Target Position	0
00182045	SH	1	TargetLabel	Target Label	0
00182046	FL	1	DisplayedZValue	Displayed Z Value	0
00183100	CS	1	IVUSAcquisition	IVUS Acquisition	0
00183101	DS	1	IVUSPullbackRate	IVUS Pullback Rate	0
00183102	DS	1	IVUSGatedRate	IVUS Gated Rate	0
00183103	IS	1	IVUSPullbackStartFrameNumber	IVUS Pullback Start Frame Number	0
00183104	IS	1	IVUSPullbackStopFrameNumber	IVUS Pullback Stop Frame Number	0
00183105	IS	1-n	LesionNumber	Lesion Number	0
00184000	LT	1	AcquisitionComments	Acquisition Comments	1
00185000	SH	1-n	OutputPower	Output Power	0
00185010	LO	1-n	TransducerData	Transducer Data	0
00185011	SQ	1	TransducerIdentificationSequence	Transducer Identification Sequence	0
00185012	DS	1	FocusDepth	Focus Depth	0
00185020	LO	1	ProcessingFunction	Processing Function	0
00185021	LO	1	PostprocessingFunction	Postprocessing Function	1
00185022	DS	1	MechanicalIndex	Mechanical Index	0
00185024	DS	1	BoneThermalIndex	Bone Thermal Index	0
00185026	DS	1	CranialThermalIndex	Cranial Thermal Index	0
00185027	DS	1	SoftTissueThermalIndex	Soft Tissue Thermal Index	0
00185028	DS	1	SoftTissueFocusThermalIndex	Soft Tissue-focus Thermal Index	0
00185029	DS	1	SoftTissueSurfaceThermalIndex	Soft Tissue-surface Thermal Index	0
00185030	DS	1	DynamicRange	Dynamic Range	1
00185040	DS	1	TotalGain	Total Gain	1
00185050	IS	1	DepthOfScanField	Depth of Scan Field	0
00185100	CS	1	PatientPosition	Patient Position	0
00185101	CS	1	ViewPosition	View Position	0
00185104	SQ	1	ProjectionEponymousNameCodeSequence	Projection Eponymous Name Code Sequence	0
00185210	DS	6	ImageTransformationMatrix	Image Transformation Matrix	1
00185212	DS	3	ImageTranslationVector	Image Translation Vector	1
00186000	DS	1	Sensitivity	Sensitivity	0
00186011	SQ	1	SequenceOfUltrasoundRegions	Sequence of Ultrasound Regions	0
00186012	US	1	RegionSpatialFormat	Region Spatial Format	0
00186014	US	1	RegionDataType	Region Data Type	0
00186016	UL	1	RegionFlags	Region Flags	0
00186018	UL	1	RegionLocationMinX0	Region Location Min X0	0
0018601A	UL	1	RegionLocationMinY0	Region Location Min Y0	0
0018601C	UL	1	RegionLocationMaxX1	Region Location Max X1	0
0018601E	UL	1	RegionLocationMaxY1	Region Location Max Y1	0
00186020	SL	1	ReferencePixelX0	Reference Pixel X0	0
00186022	SL	1	ReferencePixelY0	Reference Pixel Y0	0
00186024	US	1	PhysicalUnitsXDirection	Physical Units X Direction	0
00186026	US	1	PhysicalUnitsYDirection	Physical Units Y Direction	0
00186028	FD	1	ReferencePixelPhysicalValueX	Reference Pixel Physical Value X	0
0018602A	FD	1	ReferencePixelPhysicalValueY	Reference Pixel Physical Value Y	0
0018602C	FD	1	PhysicalDeltaX	Physical Delta X	0
0018602E	FD	1	PhysicalDeltaY	Physical Delta Y	0
00186030	UL	1	TransducerFrequency	Transducer Frequency	0
00186031	CS	1	TransducerType	Transducer Type	0
00186032	UL	1	PulseRepetitionFrequency	Pulse Repetition Frequency	0
00186034	FD	1	DopplerCorrectionAngle	Doppler Correction Angle	0
00186036	FD	1	SteeringAngle	Steering Angle	0
00186038	UL	1	DopplerSampleVolumeXPositionRetired	Doppler Sample Volume X Position (Retired)	1
00186039	SL	1	DopplerSampleVolumeXPosition	Doppler Sample Volume X Position	0
0018603A	UL	1	DopplerSampleVolumeYPositionRetired	Doppler Sample Volume Y Position (Retired)	1
0018603B	SL	1	DopplerSampleVolumeYPosition	Doppler Sample Volume Y Position	0
0018603C	UL	1	TMLinePositionX0Retired	TM-Line Position X0 (Retired)	1
0018603D	SL	1	TMLinePositionX0	TM-Line Position X0	0
0018603E	UL	1	TMLinePositionY0Retired	TM-Line Position Y0 (Retired)	1
0018603F	SL	1	TMLinePositionY0	TM-Line Position Y0	0
00186040	UL	1	TMLinePositionX1Retired	TM-Line Position X1 (Retired)	1
00186041	SL	1	TMLinePositionX1	TM-Line Position X1	0
00186042	UL	1	TMLinePositionY1Retired	TM-Line Position Y1 (Retired)	1
00186043	SL	1	TMLinePositionY1	TM-Line Position Y1	0
00186044	US	1	PixelComponentOrganization	Pixel Component Organization	0
00186046	UL	1	PixelComponentMask	Pixel Component Mask	0
00186048	UL	1	PixelComponentRangeStart	Pixel Component Range Start	0
0018604A	UL	1	PixelComponentRangeStop	Pixel Component Range Stop	0
0018604C	US	1	PixelComponentPhysicalUnits	Pixel Component Physical Units	0
0018604E	US	1	PixelComponentDataType	Pixel Component Data Type	0
00186050	UL	1	NumberOfTableBreakPoints	Number of Table Break Points	0
00186052	UL	1-n	TableOfXBreakPoints	Table of X Break Points	0
00186054	FD	1-n	TableOfYBreakPoints	Table of Y Break Points	0
00186056	UL	1	NumberOfTableEntries	Number of Table Entries	0
00186058	UL	1-n	TableOfPixelValues	Table of Pixel Values	0
0018605A	FL	1-n	TableOfParameterValues	Table of Parameter Values	0
00186060	FL	1-n	RWaveTimeVector	R Wave Time Vector	0
00186070	US	1	ActiveImageAreaOverlayGroup	Active Image Area Overlay Group	0
00187000	CS	1	DetectorConditionsNominalFlag	Detector Conditions Nominal Flag	0
00187001	DS	1	DetectorTemperature	Detector Temperature	0
00187004	CS	1	DetectorType	Detector Type	0
00187005	CS	1	DetectorConfiguration	Detector Configuration	0
00187006	LT	1	DetectorDescription	Detector Description	0
00187008	LT	1	DetectorMode	Detector Mode	0
0018700A	SH	1	DetectorID	Detector ID	0
0018700C	DA	1	DateOfLastDetectorCalibration	Date of Last Detector Calibration	0
0018700E	TM	1	TimeOfLastDetectorCalibration	Time of Last Detector Calibration	0
00187010	IS	1	ExposuresOnDetectorSinceLastCalibration	Exposures on Detector Since Last Calibration	0
00187011	IS	1	ExposuresOnDetectorSinceManufactured	Exposures on Detector Since Manufactured	0
00187012	DS	1	DetectorTimeSinceLastExposure	Detector Time Since Last Exposure	0
00187014	DS	1	DetectorActiveTime	Detector Active Time	0
00187016	DS	1	DetectorActivationOffsetFromExposure	Detector Activation Offset From Exposure	0
0018701A	DS	2	DetectorBinning	Detector Binning	0
00187020	DS	2	DetectorElementPhysicalSize	Detector Element Physical Size	0
00187022	DS	2	DetectorElementSpacing	Detector Element Spacing	0
00187024	CS	1	DetectorActiveShape	Detector Active Shape	0
00187026	DS	1-2	DetectorActiveDimensions	Detector Active Dimension(s)	0
00187028	DS	2	DetectorActiveOrigin	Detector Active Origin	0
0018702A	LO	1	DetectorManufacturerName	Detector Manufacturer Name	0
0018702B	LO	1	DetectorManufacturerModelName	Detector Manufacturer's Model Name	0
00187030	DS	2	FieldOfViewOrigin	Field of View Origin	0
00187032	DS	1	FieldOfViewRotation	Field of View Rotation	0
00187034	CS	1	FieldOfViewHorizontalFlip	Field of View Horizontal Flip	0
00187036	FL	2	PixelDataAreaOriginRelativeToFOV	Pixel Data Area Origin Relative To FOV	0
00187038	FL	1	PixelDataAreaRotationAngleRelativeToFOV	Pixel Data Area Rotation Angle Relative To FOV	0
00187040	LT	1	GridAbsorbingMaterial	Grid Absorbing Material	0
00187041	LT	1	GridSpacingMaterial	Grid Spacing Material	0
00187042	DS	1	GridThickness	Grid Thickness	0
00187044	DS	1	GridPitch	Grid Pitch	0
00187046	IS	2	GridAspectRatio	Grid Aspect Ratio	0
00187048	DS	1	GridPeriod	Grid Period	0
0018704C	DS	1	GridFocalDistance	Grid Focal Distance	0
00187050	CS	1-n	FilterMaterial	Filter Material	0
00187052	DS	1-n	FilterThicknessMinimum	Filter Thickness Minimum	0
00187054	DS	1-n	FilterThicknessMaximum	Filter Thickness Maximum	0
00187056	FL	1-n	FilterBeamPathLengthMinimum	Filter Beam Path Length Minimum	0
00187058	FL	1-n	FilterBeamPathLengthMaximum	Filter Beam Path Length Maximum	0
00187060	CS	1	ExposureControlMode	Exposure Control Mode	0
00187062	LT	1	ExposureControlModeDescription	Exposure Control Mode Description	0
00187064	CS	1	ExposureStatus	Exposure Status	0
00187065	DS	1	PhototimerSetting	Phototimer Setting	0
00188150	DS	1	ExposureTimeInuS	Exposure Time in uS	0
00188151	DS	1	XRayTubeCurrentInuA	X-Ray Tube Current in uA	0
00189004	CS	1	ContentQualification	Content Qualification	0
00189005	SH	1	PulseSequenceName	Pulse Sequence Name	0
00189006	SQ	1	MRImagingModifierSequence	MR Imaging Modifier Sequence	0
00189008	CS	1	EchoPulseSequence	Echo Pulse Sequence	0
00189009	CS	1	InversionRecovery	Inversion Recovery	0
00189010	CS	1	FlowCompensation	Flow Compensation	0
00189011	CS	1	MultipleSpinEcho	Multiple Spin Echo	0
00189012	CS	1	MultiPlanarExcitation	Multi-planar Excitation	0
00189014	CS	1	PhaseContrast	Phase Contrast	0
00189015	CS	1	TimeOfFlightContrast	Time of Flight Contrast	0
00189016	CS	1	Spoiling	Spoiling	0
00189017	CS	1	SteadyStatePulseSequence	Steady State Pulse Sequence	0
00189018	CS	1	EchoPlanarPulseSequence	Echo Planar Pulse Sequence	0
00189019	FD	1	TagAngleFirstAxis	Tag Angle First Axis	0
00189020	CS	1	MagnetizationTransfer	Magnetization Transfer	0
00189021	CS	1	T2Preparation	T2 Preparation	0
00189022	CS	1	BloodSignalNulling	Blood Signal Nulling	0
00189024	CS	1	SaturationRecovery	Saturation Recovery	0
00189025	CS	1	SpectrallySelectedSuppression	Spectrally Selected Suppression	0
00189026	CS	1	SpectrallySelectedExcitation	Spectrally Selected Excitation	0
00189027	CS	1	SpatialPresaturation	Spatial Pre-saturation	0
00189028	CS	1	Tagging	Tagging	0
00189029	CS	1	OversamplingPhase	Oversampling Phase	0
00189030	FD	1	TagSpacingFirstDimension	Tag Spacing First Dimension	0
00189032	CS	1	GeometryOfKSpaceTraversal	Geometry of k-Space Traversal	0
00189033	CS	1	SegmentedKSpaceTraversal	Segmented k-Space Traversal	0
00189034	CS	1	RectilinearPhaseEncodeReordering	Rectilinear Phase Encode Reordering	0
00189035	FD	1	TagThickness	Tag Thickness	0
00189036	CS	1	PartialFourierDirection	Partial Fourier Direction	0
00189037	CS	1	CardiacSynchronizationTechnique	Cardiac Synchronization Technique	0
00189041	LO	1	ReceiveCoilManufacturerName	Receive Coil Manufacturer Name	0
00189042	SQ	1	MRReceiveCoilSequence	MR Receive Coil Sequence	0
00189043	CS	1	ReceiveCoilType	Receive Coil Type	0
00189044	CS	1	QuadratureReceiveCoil	Quadrature Receive Coil	0
00189045	SQ	1	MultiCoilDefinitionSequence	Multi-Coil Definition Sequence	0
00189046	LO	1	MultiCoilConfiguration	Multi-Coil Configuration	0
00189047	SH	1	MultiCoilElementName	Multi-Coil Element Name	0
00189048	CS	1	MultiCoilElementUsed	Multi-Coil Element Used	0
00189049	SQ	1	MRTransmitCoilSequence	MR Transmit Coil Sequence	0
00189050	LO	1	TransmitCoilManufacturerName	Transmit Coil Manufacturer Name	0
00189051	CS	1	TransmitCoilType	Transmit Coil Type	0
00189052	FD	1-2	SpectralWidth	Spectral Width	0
00189053	FD	1-2	ChemicalShiftReference	Chemical Shift Reference	0
00189054	CS	1	VolumeLocalizationTechnique	Volume Localization Technique	0
00189058	US	1	MRAcquisitionFrequencyEncodingSteps	MR Acquisition Frequency Encoding Steps	0
00189059	CS	1	Decoupling	De-coupling	0
00189060	CS	1-2	DecoupledNucleus	De-coupled Nucleus	0
00189061	FD	1-2	DecouplingFrequency	De-coupling Frequency	0
00189062	CS	1	DecouplingMethod	De-coupling Method	0
00189063	FD	1-2	DecouplingChemicalShiftReference	De-coupling Chemical Shift Reference	0
00189064	CS	1	KSpaceFiltering	k-space Filtering	0
00189065	CS	1-2	TimeDomainFiltering	Time Domain Filtering	0
00189066	US	1-2	NumberOfZeroFills	Number of Zero Fills	0
00189067	CS	1	BaselineCorrection	Baseline Correction	0
00189069	FD	1	ParallelReductionFactorInPlane	Parallel Reduction Factor In-plane	0
00189070	FD	1	CardiacRRIntervalSpecified	Cardiac R-R Interval Specified	0
00189073	FD	1	AcquisitionDuration	Acquisition Duration	0
00189074	DT	1	FrameAcquisitionDateTime	Frame Acquisition DateTime	0
00189075	CS	1	DiffusionDirectionality	Diffusion Directionality	0
00189076	SQ	1	DiffusionGradientDirectionSequence	Diffusion Gradient Direction Sequence	0
00189077	CS	1	ParallelAcquisition	Parallel Acquisition	0
00189078	CS	1	ParallelAcquisitionTechnique	Parallel Acquisition Technique	0
00189079	FD	1-n	InversionTimes	Inversion Times	0
00189080	ST	1	MetaboliteMapDescription	Metabolite Map Description	0
00189081	CS	1	PartialFourier	Partial Fourier	0
00189082	FD	1	EffectiveEchoTime	Effective Echo Time	0
00189083	SQ	1	MetaboliteMapCodeSequence	Metabolite Map Code Sequence	0
00189084	SQ	1	ChemicalShiftSequence	Chemical Shift Sequence	0
00189085	CS	1	CardiacSignalSource	Cardiac Signal Source	0
00189087	FD	1	DiffusionBValue	Diffusion b-value	0
00189089	FD	3	DiffusionGradientOrientation	Diffusion Gradient Orientation	0
00189090	FD	3	VelocityEncodingDirection	Velocity Encoding Direction	0
00189091	FD	1	VelocityEncodingMinimumValue	Velocity Encoding Minimum Value	0
00189092	SQ	1	VelocityEncodingAcquisitionSequence	Velocity Encoding Acquisition Sequence	0
00189093	US	1	NumberOfKSpaceTrajectories	Number of k-Space Trajectories	0
00189094	CS	1	CoverageOfKSpace	Coverage of k-Space	0
00189095	UL	1	SpectroscopyAcquisitionPhaseRows	Spectroscopy Acquisition Phase Rows	0
00189096	FD	1	ParallelReductionFactorInPlaneRetired	Parallel Reduction Factor In-plane (Retired)	1
00189098	FD	1-2	TransmitterFrequency	Transmitter Frequency	0
00189100	CS	1-2	ResonantNucleus	Resonant Nucleus	0
00189101	CS	1	FrequencyCorrection	Frequency Correction	0
00189103	SQ	1	MRSpectroscopyFOVGeometrySequence	MR Spectroscopy FOV/Geometry Sequence	0
00189104	FD	1	SlabThickness	Slab Thickness	0
00189105	FD	3	SlabOrientation	Slab Orientation	0
00189106	FD	3	MidSlabPosition	Mid Slab Position	0
00189107	SQ	1	MRSpatialSaturationSequence	MR Spatial Saturation Sequence	0
00189112	SQ	1	MRTimingAndRelatedParametersSequence	MR Timing and Related Parameters Sequence	0
00189114	SQ	1	MREchoSequence	MR Echo Sequence	0
00189115	SQ	1	MRModifierSequence	MR Modifier Sequence	0
00189117	SQ	1	MRDiffusionSequence	MR Diffusion Sequence	0
00189118	SQ	1	CardiacSynchronizationSequence	Cardiac Synchronization Sequence	0
00189119	SQ	1	MRAveragesSequence	MR Averages Sequence	0
00189125	SQ	1	MRFOVGeometrySequence	MR FOV/Geometry Sequence	0
00189126	SQ	1	VolumeLocalizationSequence	Volume Localization Sequence	0
00189127	UL	1	SpectroscopyAcquisitionDataColumns	Spectroscopy Acquisition Data Columns	0
00189147	CS	1	DiffusionAnisotropyType	Diffusion Anisotropy Type	0
00189151	DT	1	FrameReferenceDateTime	Frame Reference DateTime	0
00189152	SQ	1	MRMetaboliteMapSequence	MR Metabolite Map Sequence	0
00189155	FD	1	ParallelReductionFactorOutOfPlane	Parallel Reduction Factor out-of-plane	0
00189159	UL	1	SpectroscopyAcquisitionOutOfPlanePhaseSteps	Spectroscopy Acquisition Out-of-plane Phase Steps	0
00189166	CS	1	BulkMotionStatus	Bulk Motion Status	1
00189168	FD	1	ParallelReductionFactorSecondInPlane	Parallel Reduction Factor Second In-plane	0
00189169	CS	1	CardiacBeatRejectionTechnique	Cardiac Beat Rejection Technique	0
00189170	CS	1	RespiratoryMotionCompensationTechnique	Respiratory Motion Compensation Technique	0
00189171	CS	1	RespiratorySignalSource	Respiratory Signal Source	0
00189172	CS	1	BulkMotionCompensationTechnique	Bulk Motion Compensation Technique	0
00189173	CS	1	BulkMotionSignalSource	Bulk Motion Signal Source	0
00189174	CS	1	ApplicableSafetyStandardAgency	Applicable Safety Standard Agency	0
00189175	LO	1	ApplicableSafetyStandardDescription	Applicable Safety Standard Description	0
00189176	SQ	1	OperatingModeSequence	Operating Mode Sequence	0
00189177	CS	1	OperatingModeType	Operating Mode Type	0
00189178	CS	1	OperatingMode	Operating Mode	0
00189179	CS	1	SpecificAbsorptionRateDefinition	Specific Absorption Rate Definition	0
00189180	CS	1	GradientOutputType	Gradient Output Type	0
00189181	FD	1	SpecificAbsorptionRateValue	Specific Absorption Rate Value	0
00189182	FD	1	GradientOutput	Gradient Output	0
00189183	CS	1	FlowCompensationDirection	Flow Compensation Direction	0
00189184	FD	1	TaggingDelay	Tagging Delay	0
00189185	ST	1	RespiratoryMotionCompensationTechniqueDescription	Respiratory Motion Compensation Technique Description	0
00189186	SH	1	RespiratorySignalSourceID	Respiratory Signal Source ID	0
00189195	FD	1	ChemicalShiftMinimumIntegrationLimitInHz	Chemical Shift Minimum Integration Limit in Hz	1
00189196	FD	1	ChemicalShiftMaximumIntegrationLimitInHz	Chemical Shift Maximum Integration Limit in Hz	1
00189197	SQ	1	MRVelocityEncodingSequence	MR Velocity Encoding Sequence	0
00189198	CS	1	FirstOrderPhaseCorrection	First Order Phase Correction	0
00189199	CS	1	WaterReferencedPhaseCorrection	Water Referenced Phase Correction	0
00189200	CS	1	MRSpectroscopyAcquisitionType	MR Spectroscopy Acquisition Type	0
00189214	CS	1	RespiratoryCyclePosition	Respiratory Cycle Position	0
00189217	FD	1	VelocityEncodingMaximumValue	Velocity Encoding Maximum Value	0
00189218	FD	1	TagSpacingSecondDimension	Tag Spacing Second Dimension	0
00189219	SS	1	TagAngleSecondAxis	Tag Angle Second Axis	0
00189220	FD	1	FrameAcquisitionDuration	Frame Acquisition Duration	0
00189226	SQ	1	MRImageFrameTypeSequence	MR Image Frame Type Sequence	0
00189227	SQ	1	MRSpectroscopyFrameTypeSequence	MR Spectroscopy Frame Type Sequence	0
00189231	US	1	MRAcquisitionPhaseEncodingStepsInPlane	MR Acquisition Phase Encoding Steps in-plane	0
00189232	US	1	MRAcquisitionPhaseEncodingStepsOutOfPlane	MR Acquisition Phase Encoding Steps out-of-plane	0
00189234	UL	1	SpectroscopyAcquisitionPhaseColumns	Spectroscopy Acquisition Phase Columns	0
00189236	CS	1	CardiacCyclePosition	Cardiac Cycle Position	0
00189239	SQ	1	SpecificAbsorptionRateSequence	Specific Absorption Rate Sequence	0
00189240	US	1	RFEchoTrainLength	RF Echo Train Length	0
00189241	US	1	GradientEchoTrainLength	Gradient Echo Train Length	0
00189250	CS	1	ArterialSpinLabelingContrast	Arterial Spin Labeling Contrast	0
00189251	SQ	1	MRArterialSpinLabelingSequence	MR Arterial Spin Labeling Sequence	0
00189252	LO	1	ASLTechniqueDescription	ASL Technique Description	0
00189253	US	1	ASLSlabNumber	ASL Slab Number	0
00189254	FD	1	ASLSlabThickness	ASL Slab Thickness	0
00189255	FD	3	ASLSlabOrientation	ASL Slab Orientation	0
00189256	FD	3	ASLMidSlabPosition	ASL Mid Slab Position	0
00189257	CS	1	ASLContext	ASL Context	0
00189258	UL	1	ASLPulseTrainDuration	ASL Pulse Train Duration	0
00189259	CS	1	ASLCrusherFlag	ASL Crusher Flag	0
0018925A	FD	1	ASLCrusherFlowLimit	ASL Crusher Flow Limit	0
0018925B	LO	1	ASLCrusherDescription	ASL Crusher Description	0
0018925C	CS	1	ASLBolusCutoffFlag	ASL Bolus Cut-off Flag	0
0018925D	SQ	1	ASLBolusCutoffTimingSequence	ASL Bolus Cut-off Timing Sequence	0
0018925E	LO	1	ASLBolusCutoffTechnique	ASL Bolus Cut-off Technique	0
0018925F	UL	1	ASLBolusCutoffDelayTime	ASL Bolus Cut-off Delay Time	0
00189260	SQ	1	ASLSlabSequence	ASL Slab Sequence	0
00189295	FD	1	ChemicalShiftMinimumIntegrationLimitInppm	Chemical Shift Minimum Integration Limit in ppm	0
00189296	FD	1	ChemicalShiftMaximumIntegrationLimitInppm	Chemical Shift Maximum Integration Limit in ppm	0
00189297	CS	1	WaterReferenceAcquisition	Water Reference Acquisition	0
00189298	IS	1	EchoPeakPosition	Echo Peak Position	0
00189301	SQ	1	CTAcquisitionTypeSequence	CT Acquisition Type Sequence	0
00189302	CS	1	AcquisitionType	Acquisition Type	0
00189303	FD	1	TubeAngle	Tube Angle	0
00189304	SQ	1	CTAcquisitionDetailsSequence	CT Acquisition Details Sequence	0
00189305	FD	1	RevolutionTime	Revolution Time	0
00189306	FD	1	SingleCollimationWidth	Single Collimation Width	0
00189307	FD	1	TotalCollimationWidth	Total Collimation Width	0
00189308	SQ	1	CTTableDynamicsSequence	CT Table Dynamics Sequence	0
00189309	FD	1	TableSpeed	Table Speed	0
00189310	FD	1	TableFeedPerRotation	Table Feed per Rotation	0
00189311	FD	1	SpiralPitchFactor	Spiral Pitch Factor	0
00189312	SQ	1	CTGeometrySequence	CT Geometry Sequence	0
00189313	FD	3	DataCollectionCenterPatient	Data Collection Center (Patient)	0
00189314	SQ	1	CTReconstructionSequence	CT Reconstruction Sequence	0
00189315	CS	1	ReconstructionAlgorithm	Reconstruction Algorithm	0
00189316	CS	1	ConvolutionKernelGroup	Convolution Kernel Group	0
00189317	FD	2	ReconstructionFieldOfView	Reconstruction Field of View	0
00189318	FD	3	ReconstructionTargetCenterPatient	Reconstruction Target Center (Patient)	0
00189319	FD	1	ReconstructionAngle	Reconstruction Angle	0
00189320	SH	1	ImageFilter	Image Filter	0
00189321	SQ	1	CTExposureSequence	CT Exposure Sequence	0
00189322	FD	2	ReconstructionPixelSpacing	Reconstruction Pixel Spacing	0
00189323	CS	1-n	ExposureModulationType	Exposure Modulation Type	0
00189324	FD	1	EstimatedDoseSaving	Estimated Dose Saving	1
00189325	SQ	1	CTXRayDetailsSequence	CT X-Ray Details Sequence	0
00189326	SQ	1	CTPositionSequence	CT Position Sequence	0
00189327	FD	1	TablePosition	Table Position	0
00189328	FD	1	ExposureTimeInms	Exposure Time in ms	0
00189329	SQ	1	CTImageFrameTypeSequence	CT Image Frame Type Sequence	0
00189330	FD	1	XRayTubeCurrentInmA	X-Ray Tube Current in mA	0
00189332	FD	1	ExposureInmAs	Exposure in mAs	0
00189333	CS	1	ConstantVolumeFlag	Constant Volume Flag	0
00189334	CS	1	FluoroscopyFlag	Fluoroscopy Flag	0
00189335	FD	1	DistanceSourceToDataCollectionCenter	Distance Source to Data Collection Center	0
00189337	US	1	ContrastBolusAgentNumber	Contrast/Bolus Agent Number	0
00189338	SQ	1	ContrastBolusIngredientCodeSequence	Contrast/Bolus Ingredient Code Sequence	0
00189340	SQ	1	ContrastAdministrationProfileSequence	Contrast Administration Profile Sequence	0
00189341	SQ	1	ContrastBolusUsageSequence	Contrast/Bolus Usage Sequence	0
00189342	CS	1	ContrastBolusAgentAdministered	Contrast/Bolus Agent Administered	0
00189343	CS	1	ContrastBolusAgentDetected	Contrast/Bolus Agent Detected	0
00189344	CS	1	ContrastBolusAgentPhase	Contrast/Bolus Agent Phase	0
00189345	FD	1	CTDIvol	CTDIvol	0
00189346	SQ	1	CTDIPhantomTypeCodeSequence	CTDI Phantom Type Code Sequence	0
00189351	FL	1	CalciumScoringMassFactorPatient	Calcium Scoring Mass Factor Patient	0
00189352	FL	3	CalciumScoringMassFactorDevice	Calcium Scoring Mass Factor Device	0
00189353	FL	1	EnergyWeightingFactor	Energy Weighting Factor	0
00189360	SQ	1	CTAdditionalXRaySourceSequence	CT Additional X-Ray Source Sequence	0
00189361	CS	1	MultienergyCTAcquisition	Multi-energy CT Acquisition	0
00189362	SQ	1	MultienergyCTAcquisitionSequence	Multi-energy CT Acquisition Sequence	0
00189363	SQ	1	MultienergyCTProcessingSequence	Multi-energy CT Processing Sequence	0
00189364	SQ	1	MultienergyCTCharacteristicsSequence	Multi-energy CT Characteristics Sequence	0
00189365	SQ	1	MultienergyCTXRaySourceSequence	Multi-energy CT X-Ray Source Sequence	0
00189366	US	1	XRaySourceIndex	X-Ray Source Index	0
00189367	UC	1	XRaySourceID	X-Ray Source ID	0
00189368	CS	1	MultienergySourceTechnique	Multi-energy Source Technique	0
00189369	DT	1	SourceStartDateTime	Source Start DateTime	0
0018936A	DT	1	SourceEndDateTime	Source End DateTime	0
0018936B	US	1	SwitchingPhaseNumber	Switching Phase Number	0
0018936C	DS	1	SwitchingPhaseNominalDuration	Switching Phase Nominal Duration	0
0018936D	DS	1	SwitchingPhaseTransitionDuration	Switching Phase Transition Duration	0
0018936E	DS	1	EffectiveBinEnergy	Effective Bin Energy	0
0018936F	SQ	1	MultienergyCTXRayDetectorSequence	Multi-energy CT X-Ray Detector Sequence	0
00189370	US	1	XRayDetectorIndex	X-Ray Detector Index	0
00189371	UC	1	XRayDetectorID	X-Ray Detector ID	0
00189372	CS	1	MultienergyDetectorType	Multi-energy Detector Type	0
00189373	ST	1	XRayDetectorLabel	X-Ray Detector Label	0
00189374	DS	1	NominalMaxEnergy	Nominal Max Energy	0
00189375	DS	1	NominalMinEnergy	Nominal Min Energy	0
00189376	US	1-n	ReferencedXRayDetectorIndex	Referenced X-Ray Detector Index	0
00189377	US	1-n	ReferencedXRaySourceIndex	Referenced X-Ray Source Index	0
00189378	US	1-n	ReferencedPathIndex	Referenced Path Index	0
00189379	SQ	1	MultienergyCTPathSequence	Multi-energy CT Path Sequence	0
0018937A	US	1	MultienergyCTPathIndex	Multi-energy CT Path Index	0
0018937B	UT	1	MultienergyAcquisitionDescription	Multi-energy Acquisition Description	0
0018937C	FD	1	MonoenergeticEnergyEquivalent	Monoenergetic Energy Equivalent	0
0018937D	SQ	1	MaterialCodeSequence	Material Code Sequence	0
0018937E	CS	1	DecompositionMethod	Decomposition Method	0
0018937F	UT	1	DecompositionDescription	Decomposition Description	0
00189380	SQ	1	DecompositionAlgorithmIdentificationSequence	Decomposition Algorithm Identification Sequence	0
00189381	SQ	1	DecompositionMaterialSequence	Decomposition Material Sequence	0
00189382	SQ	1	MaterialAttenuationSequence	Material Attenuation Sequence	0
00189383	DS	1	PhotonEnergy	Photon Energy	0
00189384	DS	1	XRayMassAttenuationCoefficient	X-Ray Mass Attenuation Coefficient	0
00189401	SQ	1	ProjectionPixelCalibrationSequence	Projection Pixel Calibration Sequence	0
00189402	FL	1	DistanceSourceToIsocenter	Distance Source to Isocenter	0
00189403	FL	1	DistanceObjectToTableTop	Distance Object to Table Top	0
00189404	FL	2	ObjectPixelSpacingInCenterOfBeam	Object Pixel Spacing in Center of Beam	0
00189405	SQ	1	PositionerPositionSequence	Positioner Position Sequence	0
00189406	SQ	1	TablePositionSequence	Table Position Sequence	0
00189407	SQ	1	CollimatorShapeSequence	Collimator Shape Sequence	0
00189410	CS	1	PlanesInAcquisition	Planes in Acquisition	0
00189412	SQ	1	XAXRFFrameCharacteristicsSequence	XA/XRF Frame Characteristics Sequence	0
00189417	SQ	1	FrameAcquisitionSequence	Frame Acquisition Sequence	0
00189420	CS	1	XRayReceptorType	X-Ray Receptor Type	0
00189423	LO	1	AcquisitionProtocolName	Acquisition Protocol Name	0
00189424	LT	1	AcquisitionProtocolDescription	Acquisition Protocol Description	0
00189425	CS	1	ContrastBolusIngredientOpaque	Contrast/Bolus Ingredient Opaque	0
00189426	FL	1	DistanceReceptorPlaneToDetectorHousing	Distance Receptor Plane to Detector Housing	0
00189427	CS	1	IntensifierActiveShape	Intensifier Active Shape	0
00189428	FL	1-2	IntensifierActiveDimensions	Intensifier Active Dimension(s)	0
00189429	FL	2	PhysicalDetectorSize	Physical Detector Size	0
00189430	FL	2	PositionOfIsocenterProjection	Position of Isocenter Projection	0
00189432	SQ	1	FieldOfViewSequence	Field of View Sequence	0
00189433	LO	1	FieldOfViewDescription	Field of View Description	0
00189434	SQ	1	ExposureControlSensingRegionsSequence	Exposure Control Sensing Regions Sequence	0
00189435	CS	1	ExposureControlSensingRegionShape	Exposure Control Sensing Region Shape	0
00189436	SS	1	ExposureControlSensingRegionLeftVerticalEdge	Exposure Control Sensing Region Left Vertical Edge	0
00189437	SS	1	ExposureControlSensingRegionRightVerticalEdge	Exposure Control Sensing Region Right Vertical Edge	0
00189438	SS	1	ExposureControlSensingRegionUpperHorizontalEdge	Exposure Control Sensing Region Upper Horizontal Edge	0
00189439	SS	1	ExposureControlSensingRegionLowerHorizontalEdge	Exposure Control Sensing Region Lower Horizontal Edge	0
00189440	SS	2	CenterOfCircularExposureControlSensingRegion	Center of Circular Exposure Control Sensing Region	0
00189441	US	1	RadiusOfCircularExposureControlSensingRegion	Radius of Circular Exposure Control Sensing Region	0
00189442	SS	2-n	VerticesOfThePolygonalExposureControlSensingRegion	Vertices of the Polygonal Exposure Control Sensing Region	0
00189445	OB	1		Retired-blank	1
00189447	FL	1	ColumnAngulationPatient	Column Angulation (Patient)	0
00189449	FL	1	BeamAngle	Beam Angle	0
00189451	SQ	1	FrameDetectorParametersSequence	Frame Detector Parameters Sequence	0
00189452	FL	1	CalculatedAnatomyThickness	Calculated Anatomy Thickness	0
00189455	SQ	1	CalibrationSequence	Calibration Sequence	0
00189456	SQ	1	ObjectThicknessSequence	Object Thickness Sequence	0
00189457	CS	1	PlaneIdentification	Plane Identification	0
00189461	FL	1-2	FieldOfViewDimensionsInFloat	Field of View Dimension(s) in Float	0
00189462	SQ	1	IsocenterReferenceSystemSequence	Isocenter Reference System Sequence	0
00189463	FL	1	PositionerIsocenterPrimaryAngle	Positioner Isocenter Primary Angle	0
00189464	FL	1	PositionerIsocenterSecondaryAngle	Positioner Isocenter Secondary Angle	0
00189465	FL	1	PositionerIsocenterDetectorRotationAngle	Positioner Isocenter Detector Rotation Angle	0
00189466	FL	1	TableXPositionToIsocenter	Table X Position to Isocenter	0
00189467	FL	1	TableYPositionToIsocenter	Table Y Position to Isocenter	0
00189468	FL	1	TableZPositionToIsocenter	Table Z Position to Isocenter	0
00189469	FL	1	TableHorizontalRotationAngle	Table Horizontal Rotation Angle	0
00189470	FL	1	TableHeadTiltAngle	Table Head Tilt Angle	0
00189471	FL	1	TableCradleTiltAngle	Table Cradle Tilt Angle	0
00189472	SQ	1	FrameDisplayShutterSequence	Frame Display Shutter Sequence	0
00189473	FL	1	AcquiredImageAreaDoseProduct	Acquired Image Area Dose Product	0
00189474	CS	1	CArmPositionerTabletopRelationship	C-arm Positioner Tabletop Relationship	0
00189476	SQ	1	XRayGeometrySequence	X-Ray Geometry Sequence	0
00189477	SQ	1	IrradiationEventIdentificationSequence	Irradiation Event Identification Sequence	0
00189504	SQ	1	XRay3DFrameTypeSequence	X-Ray 3D Frame Type Sequence	0
00189506	SQ	1	ContributingSourcesSequence	Contributing Sources Sequence	0
00189507	SQ	1	XRay3DAcquisitionSequence	X-Ray 3D Acquisition Sequence	0
00189508	FL	1	PrimaryPositionerScanArc	Primary Positioner Scan Arc	0
00189509	FL	1	SecondaryPositionerScanArc	Secondary Positioner Scan Arc	0
00189510	FL	1	PrimaryPositionerScanStartAngle	Primary Positioner Scan Start Angle	0
00189511	FL	1	SecondaryPositionerScanStartAngle	Secondary Positioner Scan Start Angle	0
00189514	FL	1	PrimaryPositionerIncrement	Primary Positioner Increment	0
00189515	FL	1	SecondaryPositionerIncrement	Secondary Positioner Increment	0
00189516	DT	1	StartAcquisitionDateTime	Start Acquisition DateTime	0
00189517	DT	1	EndAcquisitionDateTime	End Acquisition DateTime	0
00189518	SS	1	PrimaryPositionerIncrementSign	Primary Positioner Increment Sign	0
00189519	SS	1	SecondaryPositionerIncrementSign	Secondary Positioner Increment Sign	0
00189524	LO	1	ApplicationName	Application Name	0
00189525	LO	1	ApplicationVersion	Application Version	0
00189526	LO	1	ApplicationManufacturer	Application Manufacturer	0
00189527	CS	1	AlgorithmType	Algorithm Type	0
00189528	LO	1	AlgorithmDescription	Algorithm Description	0
00189530	SQ	1	XRay3DReconstructionSequence	X-Ray 3D Reconstruction Sequence	0
00189531	LO	1	ReconstructionDescription	Reconstruction Description	0
00189538	SQ	1	PerProjectionAcquisitionSequence	Per Projection Acquisition Sequence	0
00189541	SQ	1	DetectorPositionSequence	Detector Position Sequence	0
00189542	SQ	1	XRayAcquisitionDoseSequence	X-Ray Acquisition Dose Sequence	0
00189543	FD	1	XRaySourceIsocenterPrimaryAngle	X-Ray Source Isocenter Primary Angle	0
00189544	FD	1	XRaySourceIsocenterSecondaryAngle	X-Ray Source Isocenter Secondary Angle	0
00189545	FD	1	BreastSupportIsocenterPrimaryAngle	Breast Support Isocenter Primary Angle	0
00189546	FD	1	BreastSupportIsocenterSecondaryAngle	Breast Support Isocenter Secondary Angle	0
00189547	FD	1	BreastSupportXPositionToIsocenter	Breast Support X Position to Isocenter	0
00189548	FD	1	BreastSupportYPositionToIsocenter	Breast Support Y Position to Isocenter	0
00189549	FD	1	BreastSupportZPositionToIsocenter	Breast Support Z Position to Isocenter	0
00189550	FD	1	DetectorIsocenterPrimaryAngle	Detector Isocenter Primary Angle	0
00189551	FD	1	DetectorIsocenterSecondaryAngle	Detector Isocenter Secondary Angle	0
00189552	FD	1	DetectorXPositionToIsocenter	Detector X Position to Isocenter	0
00189553	FD	1	DetectorYPositionToIsocenter	Detector Y Position to Isocenter	0
00189554	FD	1	DetectorZPositionToIsocenter	Detector Z Position to Isocenter	0
00189555	SQ	1	XRayGridSequence	X-Ray Grid Sequence	0
00189556	SQ	1	XRayFilterSequence	X-Ray Filter Sequence	0
00189557	FD	3	DetectorActiveAreaTLHCPosition	Detector Active Area TLHC Position	0
00189558	FD	6	DetectorActiveAreaOrientation	Detector Active Area Orientation	0
00189559	CS	1	PositionerPrimaryAngleDirection	Positioner Primary Angle Direction	0
00189601	SQ	1	DiffusionBMatrixSequence	Diffusion b-matrix Sequence	0
00189602	FD	1	DiffusionBValueXX	Diffusion b-value XX	0
00189603	FD	1	DiffusionBValueXY	Diffusion b-value XY	0
00189604	FD	1	DiffusionBValueXZ	Diffusion b-value XZ	0
00189605	FD	1	DiffusionBValueYY	Diffusion b-value YY	0
00189606	FD	1	DiffusionBValueYZ	Diffusion b-value YZ	0
00189607	FD	1	DiffusionBValueZZ	Diffusion b-value ZZ	0
00189621	SQ	1	FunctionalMRSequence	Functional MR Sequence	0
00189622	CS	1	FunctionalSettlingPhaseFramesPresent	Functional Settling Phase Frames Present	0
00189623	DT	1	FunctionalSyncPulse	Functional Sync Pulse	0
00189624	CS	1	SettlingPhaseFrame	Settling Phase Frame	0
00189701	DT	1	DecayCorrectionDateTime	Decay Correction DateTime	0
00189715	FD	1	StartDensityThreshold	Start Density Threshold	0
00189716	FD	1	StartRelativeDensityDifferenceThreshold	Start Relative Density Difference Threshold	0
00189717	FD	1	StartCardiacTriggerCountThreshold	Start Cardiac Trigger Count Threshold	0
00189718	FD	1	StartRespiratoryTriggerCountThreshold	Start Respiratory Trigger Count Threshold	0
00189719	FD	1	TerminationCountsThreshold	Termination Counts Threshold	0
00189720	FD	1	TerminationDensityThreshold	Termination Density Threshold	0
00189721	FD	1	TerminationRelativeDensityThreshold	Termination Relative Density Threshold	0
00189722	FD	1	TerminationTimeThreshold	Termination Time Threshold	0
00189723	FD	1	TerminationCardiacTriggerCountThreshold	Termination Cardiac Trigger Count Threshold	0
00189724	FD	1	TerminationRespiratoryTriggerCountThreshold	Termination Respiratory Trigger Count Threshold	0
00189725	CS	1	DetectorGeometry	Detector Geometry	0
00189726	FD	1	TransverseDetectorSeparation	Transverse Detector Separation	0
00189727	FD	1	AxialDetectorDimension	Axial Detector Dimension	0
00189729	US	1	RadiopharmaceuticalAgentNumber	Radiopharmaceutical Agent Number	0
00189732	SQ	1	PETFrameAcquisitionSequence	PET Frame Acquisition Sequence	0
00189733	SQ	1	PETDetectorMotionDetailsSequence	PET Detector Motion Details Sequence	0
00189734	SQ	1	PETTableDynamicsSequence	PET Table Dynamics Sequence	0
00189735	SQ	1	PETPositionSequence	PET Position Sequence	0
00189736	SQ	1	PETFrameCorrectionFactorsSequence	PET Frame Correction Factors Sequence	0
00189737	SQ	1	RadiopharmaceuticalUsageSequence	Radiopharmaceutical Usage Sequence	0
00189738	CS	1	AttenuationCorrectionSource	Attenuation Correction Source	0
00189739	US	1	NumberOfIterations	Number of Iterations	0
00189740	US	1	NumberOfSubsets	Number of Subsets	0
00189749	SQ	1	PETReconstructionSequence	PET Reconstruction Sequence	0
00189751	SQ	1	PETFrameTypeSequence	PET Frame Type Sequence	0
00189755	CS	1	TimeOfFlightInformationUsed	Time of Flight Information Used	0
00189756	CS	1	ReconstructionType	Reconstruction Type	0
00189758	CS	1	DecayCorrected	Decay Corrected	0
00189759	CS	1	AttenuationCorrected	Attenuation Corrected	0
00189760	CS	1	ScatterCorrected	Scatter Corrected	0
00189761	CS	1	DeadTimeCorrected	Dead Time Corrected	0
00189762	CS	1	GantryMotionCorrected	Gantry Motion Corrected	0
00189763	CS	1	PatientMotionCorrected	Patient Motion Corrected	0
00189764	CS	1	CountLossNormalizationCorrected	Count Loss Normalization Corrected	0
00189765	CS	1	RandomsCorrected	Randoms Corrected	0
00189766	CS	1	NonUniformRadialSamplingCorrected	Non-uniform Radial Sampling Corrected	0
00189767	CS	1	SensitivityCalibrated	Sensitivity Calibrated	0
00189768	CS	1	DetectorNormalizationCorrection	Detector Normalization Correction	0
00189769	CS	1	IterativeReconstructionMethod	Iterative Reconstruction Method	0
00189770	CS	1	AttenuationCorrectionTemporalRelationship	Attenuation Correction Temporal Relationship	0
00189771	SQ	1	PatientPhysiologicalStateSequence	Patient Physiological State Sequence	0
00189772	SQ	1	PatientPhysiologicalStateCodeSequence	Patient Physiological State Code Sequence	0
00189801	FD	1-n	DepthsOfFocus	Depth(s) of Focus	0
00189803	SQ	1	ExcludedIntervalsSequence	Excluded Intervals Sequence	0
00189804	DT	1	ExclusionStartDateTime	Exclusion Start DateTime	0
00189805	FD	1	ExclusionDuration	Exclusion Duration	0
00189806	SQ	1	USImageDescriptionSequence	US Image Description Sequence	0
00189807	SQ	1	ImageDataTypeSequence	Image Data Type Sequence	0
00189808	CS	1	DataType	Data Type	0
00189809	SQ	1	TransducerScanPatternCodeSequence	Transducer Scan Pattern Code Sequence	0
0018980B	CS	1	AliasedDataType	Aliased Data Type	0
0018980C	CS	1	PositionMeasuringDeviceUsed	Position Measuring Device Used	0
0018980D	SQ	1	TransducerGeometryCodeSequence	Transducer Geometry Code Sequence	0
0018980E	SQ	1	TransducerBeamSteeringCodeSequence	Transducer Beam Steering Code Sequence	0
0018980F	SQ	1	TransducerApplicationCodeSequence	Transducer Application Code Sequence	0
00189810	US or SS	1	ZeroVelocityPixelValue	Zero Velocity Pixel Value	0
00189821	SQ	1	PhotoacousticExcitationCharacteristicsSequence	Photoacoustic Excitation Characteristics Sequence	0
00189822	FD	1	ExcitationSpectralWidth	Excitation Spectral Width	0
00189823	FD	1	ExcitationEnergy	Excitation Energy	0
00189824	FD	1	ExcitationPulseDuration	Excitation Pulse Duration	0
00189825	SQ	1	ExcitationWavelengthSequence	Excitation Wavelength Sequence	0
00189826	FD	1	ExcitationWavelength	Excitation Wavelength	0
00189828	CS	1	IlluminationTranslationFlag	Illumination Translation Flag	0
00189829	CS	1	AcousticCouplingMediumFlag	Acoustic Coupling Medium Flag	0
0018982A	SQ	1	AcousticCouplingMediumCodeSequence	Acoustic Coupling Medium Code Sequence	0
0018982B	FD	1	AcousticCouplingMediumTemperature	Acoustic Coupling Medium Temperature	0
0018982C	SQ	1	TransducerResponseSequence	Transducer Response Sequence	0
0018982D	FD	1	CenterFrequency	Center Frequency	0
0018982E	FD	1	FractionalBandwidth	Fractional Bandwidth	0
0018982F	FD	1	LowerCutoffFrequency	Lower Cutoff Frequency	0
00189830	FD	1	UpperCutoffFrequency	Upper Cutoff Frequency	0
00189831	SQ	1	TransducerTechnologySequence	Transducer Technology Sequence	0
00189832	SQ	1	SoundSpeedCorrectionMechanismCodeSequence	Sound Speed Correction Mechanism Code Sequence	0
00189833	FD	1	ObjectSoundSpeed	Object Sound Speed	0
00189834	FD	1	AcousticCouplingMediumSoundSpeed	Acoustic Coupling Medium Sound Speed	0
00189835	SQ	1	PhotoacousticImageFrameTypeSequence	Photoacoustic Image Frame Type Sequence	0
00189836	SQ	1	ImageDataTypeCodeSequence	Image Data Type Code Sequence	0
00189900	LO	1	ReferenceLocationLabel	Reference Location Label	0
00189901	UT	1	ReferenceLocationDescription	Reference Location Description	0
00189902	SQ	1	ReferenceBasisCodeSequence	Reference Basis Code Sequence	0
00189903	SQ	1	ReferenceGeometryCodeSequence	Reference Geometry Code Sequence	0
00189904	DS	1	OffsetDistance	Offset Distance	0
00189905	CS	1	OffsetDirection	Offset Direction	0
00189906	SQ	1	PotentialScheduledProtocolCodeSequence	Potential Scheduled Protocol Code Sequence	0
00189907	SQ	1	PotentialRequestedProcedureCodeSequence	Potential Requested Procedure Code Sequence	0
00189908	UC	1-n	PotentialReasonsForProcedure	Potential Reasons for Procedure	0
00189909	SQ	1	PotentialReasonsForProcedureCodeSequence	Potential Reasons for Procedure Code Sequence	0
0018990A	UC	1-n	PotentialDiagnosticTasks	Potential Diagnostic Tasks	0
0018990B	SQ	1	ContraindicationsCodeSequence	Contraindications Code Sequence	0
0018990C	SQ	1	ReferencedDefinedProtocolSequence	Referenced Defined Protocol Sequence	0
0018990D	SQ	1	ReferencedPerformedProtocolSequence	Referenced Performed Protocol Sequence	0
0018990E	SQ	1	PredecessorProtocolSequence	Predecessor Protocol Sequence	0
0018990F	UT	1	ProtocolPlanningInformation	Protocol Planning Information	0
00189910	UT	1	ProtocolDesignRationale	Protocol Design Rationale	0
00189911	SQ	1	PatientSpecificationSequence	Patient Specification Sequence	0
00189912	SQ	1	ModelSpecificationSequence	Model Specification Sequence	0
00189913	SQ	1	ParametersSpecificationSequence	Parameters Specification Sequence	0
00189914	SQ	1	InstructionSequence	Instruction Sequence	0
00189915	US	1	InstructionIndex	Instruction Index	0
00189916	LO	1	InstructionText	Instruction Text	0
00189917	UT	1	InstructionDescription	Instruction Description	0
00189918	CS	1	InstructionPerformedFlag	Instruction Performed Flag	0
00189919	DT	1	InstructionPerformedDateTime	Instruction Performed DateTime	0
0018991A	UT	1	InstructionPerformanceComment	Instruction Performance Comment	0
0018991B	SQ	1	PatientPositioningInstructionSequence	Patient Positioning Instruction Sequence	0
0018991C	SQ	1	PositioningMethodCodeSequence	Positioning Method Code Sequence	0
0018991D	SQ	1	PositioningLandmarkSequence	Positioning Landmark Sequence	0
0018991E	UI	1	TargetFrameOfReferenceUID	Target Frame of Reference UID	0
0018991F	SQ	1	AcquisitionProtocolElementSpecificationSequence	Acquisition Protocol Element Specification Sequence	0
00189920	SQ	1	AcquisitionProtocolElementSequence	Acquisition Protocol Element Sequence	0
00189921	US	1	ProtocolElementNumber	Protocol Element Number	0
00189922	LO	1	ProtocolElementName	Protocol Element Name	0
00189923	UT	1	ProtocolElementCharacteristicsSummary	Protocol Element Characteristics Summary	0
00189924	UT	1	ProtocolElementPurpose	Protocol Element Purpose	0
00189930	CS	1	AcquisitionMotion	Acquisition Motion	0
00189931	SQ	1	AcquisitionStartLocationSequence	Acquisition Start Location Sequence	0
00189932	SQ	1	AcquisitionEndLocationSequence	Acquisition End Location Sequence	0
00189933	SQ	1	ReconstructionProtocolElementSpecificationSequence	Reconstruction Protocol Element Specification Sequence	0
00189934	SQ	1	ReconstructionProtocolElementSequence	Reconstruction Protocol Element Sequence	0
00189935	SQ	1	StorageProtocolElementSpecificationSequence	Storage Protocol Element Specification Sequence	0
00189936	SQ	1	StorageProtocolElementSequence	Storage Protocol Element Sequence	0
00189937	LO	1	RequestedSeriesDescription	Requested Series Description	0
00189938	US	1-n	SourceAcquisitionProtocolElementNumber	Source Acquisition Protocol Element Number	0
00189939	US	1-n	SourceAcquisitionBeamNumber	Source Acquisition Beam Number	0
0018993A	US	1-n	SourceReconstructionProtocolElementNumber	Source Reconstruction Protocol Element Number	0
0018993B	SQ	1	ReconstructionStartLocationSequence	Reconstruction Start Location Sequence	0
0018993C	SQ	1	ReconstructionEndLocationSequence	Reconstruction End Location Sequence	0
0018993D	SQ	1	ReconstructionAlgorithmSequence	Reconstruction Algorithm Sequence	0
0018993E	SQ	1	ReconstructionTargetCenterLocationSequence	Reconstruction Target Center Location Sequence	0
00189941	UT	1	ImageFilterDescription	Image Filter Description	0
00189942	FD	1	CTDIvolNotificationTrigger	CTDIvol Notification Trigger	0
00189943	FD	1	DLPNotificationTrigger	DLP Notification Trigger	0
00189944	CS	1	AutoKVPSelectionType	Auto KVP Selection Type	0
00189945	FD	1	AutoKVPUpperBound	Auto KVP Upper Bound	0
00189946	FD	1	AutoKVPLowerBound	Auto KVP Lower Bound	0
00189947	CS	1	ProtocolDefinedPatientPosition	Protocol Defined Patient Position	0
0018A001	SQ	1	ContributingEquipmentSequence	Contributing Equipment Sequence	0
0018A002	DT	1	ContributionDateTime	Contribution DateTime	0
0018A003	ST	1	ContributionDescription	Contribution Description	0
0020000D	UI	1	StudyInstanceUID	Study Instance UID	0
0020000E	UI	1	SeriesInstanceUID	Series Instance UID	0
00200010	SH	1	StudyID	Study ID	0
00200011	IS	1	SeriesNumber	Series Number	0
00200012	IS	1	AcquisitionNumber	Acquisition Number	0
00200013	IS	1	InstanceNumber	Instance Number	0
00200014	IS	1	IsotopeNumber	Isotope Number	1
00200015	IS	1	PhaseNumber	Phase Number	1
00200016	IS	1	IntervalNumber	Interval Number	1
00200017	IS	1	TimeSlotNumber	Time Slot Number	1
00200018	IS	1	AngleNumber	Angle Number	1
00200019	IS	1	ItemNumber	Item Number	0
00200020	CS	2	PatientOrientation	Patient Orientation	0
00200022	IS	1	OverlayNumber	Overlay Number	1
00200024	IS	1	CurveNumber	Curve Number	1
00200026	IS	1	LUTNumber	LUT Number	1
00200027	LO	1	PyramidLabel	Pyramid Label	0
00200030	DS	3	ImagePosition	Image Position	1
00200032	DS	3	ImagePositionPatient	Image Position (Patient)	0
00200035	DS	6	ImageOrientation	Image Orientation	1
00200037	DS	6	ImageOrientationPatient	Image Orientation (Patient)	0
00200050	DS	1	Location	Location	1
00200052	UI	1	FrameOfReferenceUID	Frame of Reference UID	0
00200060	CS	1	Laterality	Laterality	0
00200062	CS	1	ImageLaterality	Image Laterality	0
00200070	LO	1	ImageGeometryType	Image Geometry Type	1
00200080	CS	1-n	MaskingImage	Masking Image	1
002000AA	IS	1	ReportNumber	Report Number	1
00200100	IS	1	TemporalPositionIdentifier	Temporal Position Identifier	0
00200105	IS	1	NumberOfTemporalPositions	Number of Temporal Positions	0
00200110	DS	1	TemporalResolution	Temporal Resolution	0
00200200	UI	1	SynchronizationFrameOfReferenceUID	Synchronization Frame of Reference UID	0
00200242	UI	1	SOPInstanceUIDOfConcatenationSource	SOP Instance UID of Concatenation Source	0
00201000	IS	1	SeriesInStudy	Series in Study	1
00201001	IS	1	AcquisitionsInSeries	Acquisitions in Series	1
00201002	IS	1	ImagesInAcquisition	Images in Acquisition	0
00201003	IS	1	ImagesInSeries	Images in Series	1
00201004	IS	1	AcquisitionsInStudy	Acquisitions in Study	1
00201005	IS	1	ImagesInStudy	Images in Study	1
00201020	LO	1-n	Reference	Reference	1
0020103F	LO	1	TargetPositionReferenceIndicator	Target Position Reference Indicator	0
00201040	LO	1	PositionReferenceIndicator	Position Reference Indicator	0
00201041	DS	1	SliceLocation	Slice Location	0
00201070	IS	1-n	OtherStudyNumbers	Other Study Numbers	1
00201200	IS	1	NumberOfPatientRelatedStudies	Number of Patient Related Studies	0
00201202	IS	1	NumberOfPatientRelatedSeries	Number of Patient Related Series	0
00201204	IS	1	NumberOfPatientRelatedInstances	Number of Patient Related Instances	0
00201206	IS	1	NumberOfStudyRelatedSeries	Number of Study Related Series	0
00201208	IS	1	NumberOfStudyRelatedInstances	Number of Study Related Instances	0
00201209	IS	1	NumberOfSeriesRelatedInstances	Number of Series Related Instances	0
00203401	CS	1	ModifyingDeviceID	Modifying Device ID	1
00203402	CS	1	ModifiedImageID	Modified Image ID	1
00203403	DA	1	ModifiedImageDate	Modified Image Date	1
00203404	LO	1	ModifyingDeviceManufacturer	Modifying Device Manufacturer	1
00203405	TM	1	ModifiedImageTime	Modified Image Time	1
00203406	LO	1	ModifiedImageDescription	Modified Image Description	1
00204000	LT	1	ImageComments	Image Comments	0
00205000	AT	1-n	OriginalImageIdentification	Original Image Identification	1
00205002	LO	1-n	OriginalImageIdentificationNomenclature	Original Image Identification Nomenclature	1
00209056	SH	1	StackID	Stack ID	0
00209057	UL	1	InStackPositionNumber	In-Stack Position Number	0
00209071	SQ	1	FrameAnatomySequence	Frame Anatomy Sequence	0
00209072	CS	1	FrameLaterality	Frame Laterality	0
00209111	SQ	1	FrameContentSequence	Frame Content Sequence	0
00209113	SQ	1	PlanePositionSequence	Plane Position Sequence	0
00209116	SQ	1	PlaneOrientationSequence	Plane Orientation Sequence	0
00209128	UL	1	TemporalPositionIndex	Temporal Position Index	0
00209153	FD	1	NominalCardiacTriggerDelayTime	Nominal Cardiac Trigger Delay Time	0
00209154	FL	1	NominalCardiacTriggerTimePriorToRPeak	Nominal Cardiac Trigger Time Prior To R-Peak	0
00209155	FL	1	ActualCardiacTriggerTimePriorToRPeak	Actual Cardiac Trigger Time Prior To R-Peak	0
00209156	US	1	FrameAcquisitionNumber	Frame Acquisition Number	0
00209157	UL	1-n	DimensionIndexValues	Dimension Index Values	0
00209158	LT	1	FrameComments	Frame Comments	0
00209161	UI	1	ConcatenationUID	Concatenation UID	0
00209162	US	1	InConcatenationNumber	In-concatenation Number	0
00209163	US	1	InConcatenationTotalNumber	In-concatenation Total Number	0
00209164	UI	1	DimensionOrganizationUID	Dimension Organization UID	0
00209165	AT	1	DimensionIndexPointer	Dimension Index Pointer	0
00209167	AT	1	FunctionalGroupPointer	Functional Group Pointer	0
00209170	SQ	1	UnassignedSharedConvertedAttributesSequence	Unassigned Shared Converted Attributes Sequence	0
00209171	SQ	1	UnassignedPerFrameConvertedAttributesSequence	Unassigned Per-Frame Converted Attributes Sequence	0
00209172	SQ	1	ConversionSourceAttributesSequence	Conversion Source Attributes Sequence	0
00209213	LO	1	DimensionIndexPrivateCreator	Dimension Index Private Creator	0
00209221	SQ	1	DimensionOrganizationSequence	Dimension Organization Sequence	0
00209222	SQ	1	DimensionIndexSequence	Dimension Index Sequence	0
00209228	UL	1	ConcatenationFrameOffsetNumber	Concatenation Frame Offset Number	0
00209238	LO	1	FunctionalGroupPrivateCreator	Functional Group Private Creator	0
00209241	FL	1	NominalPercentageOfCardiacPhase	Nominal Percentage of Cardiac Phase	0
00209245	FL	1	NominalPercentageOfRespiratoryPhase	Nominal Percentage of Respiratory Phase	0
00209246	FL	1	StartingRespiratoryAmplitude	Starting Respiratory Amplitude	0
00209247	CS	1	StartingRespiratoryPhase	Starting Respiratory Phase	0
00209248	FL	1	EndingRespiratoryAmplitude	Ending Respiratory Amplitude	0
00209249	CS	1	EndingRespiratoryPhase	Ending Respiratory Phase	0
00209250	CS	1	RespiratoryTriggerType	Respiratory Trigger Type	0
00209251	FD	1	RRIntervalTimeNominal	R-R Interval Time Nominal	0
00209252	FD	1	ActualCardiacTriggerDelayTime	Actual Cardiac Trigger Delay Time	0
00209253	SQ	1	RespiratorySynchronizationSequence	Respiratory Synchronization Sequence	0
00209254	FD	1	RespiratoryIntervalTime	Respiratory Interval Time	0
00209255	FD	1	NominalRespiratoryTriggerDelayTime	Nominal Respiratory Trigger Delay Time	0
00209256	FD	1	RespiratoryTriggerDelayThreshold	Respiratory Trigger Delay Threshold	0
00209257	FD	1	ActualRespiratoryTriggerDelayTime	Actual Respiratory Trigger Delay Time	0
00209301	FD	3	ImagePositionVolume	Image Position (Volume)	0
00209302	FD	6	ImageOrientationVolume	Image Orientation (Volume)	0
00209307	CS	1	UltrasoundAcquisitionGeometry	Ultrasound Acquisition Geometry	0
00209308	FD	3	ApexPosition	Apex Position	0
00209309	FD	16	VolumeToTransducerMappingMatrix	Volume to Transducer Mapping Matrix	0
0020930A	FD	16	VolumeToTableMappingMatrix	Volume to Table Mapping Matrix	0
0020930B	CS	1	VolumeToTransducerRelationship	Volume to Transducer Relationship	0
0020930C	CS	1	PatientFrameOfReferenceSource	Patient Frame of Reference Source	0
0020930D	FD	1	TemporalPositionTimeOffset	Temporal Position Time Offset	0
0020930E	SQ	1	PlanePositionVolumeSequence	Plane Position (Volume) Sequence	0
0020930F	SQ	1	PlaneOrientationVolumeSequence	Plane Orientation (Volume) Sequence	0
00209310	SQ	1	TemporalPositionSequence	Temporal Position Sequence	0
00209311	CS	1	DimensionOrganizationType	Dimension Organization Type	0
00209312	UI	1	VolumeFrameOfReferenceUID	Volume Frame of Reference UID	0
00209313	UI	1	TableFrameOfReferenceUID	Table Frame of Reference UID	0
00209421	LO	1	DimensionDescriptionLabel	Dimension Description Label	0
00209450	SQ	1	PatientOrientationInFrameSequence	Patient Orientation in Frame Sequence	0
00209453	LO	1	FrameLabel	Frame Label	0
00209518	US	1-n	AcquisitionIndex	Acquisition Index	0
00209529	SQ	1	ContributingSOPInstancesReferenceSequence	Contributing SOP Instances Reference Sequence	0
00209536	US	1	ReconstructionIndex	Reconstruction Index	0
00220001	US	1	LightPathFilterPassThroughWavelength	Light Path Filter Pass-Through Wavelength	0
00220002	US	2	LightPathFilterPassBand	Light Path Filter Pass Band	0
00220003	US	1	ImagePathFilterPassThroughWavelength	Image Path Filter Pass-Through Wavelength	0
00220004	US	2	ImagePathFilterPassBand	Image Path Filter Pass Band	0
00220005	CS	1	PatientEyeMovementCommanded	Patient Eye Movement Commanded	0
00220006	SQ	1	PatientEyeMovementCommandCodeSequence	Patient Eye Movement Command Code Sequence	0
00220007	FL	1	SphericalLensPower	Spherical Lens Power	0
00220008	FL	1	CylinderLensPower	Cylinder Lens Power	0
00220009	FL	1	CylinderAxis	Cylinder Axis	0
0022000A	FL	1	EmmetropicMagnification	Emmetropic Magnification	0
0022000B	FL	1	IntraOcularPressure	Intra Ocular Pressure	0
0022000C	FL	1	HorizontalFieldOfView	Horizontal Field of View	0
0022000D	CS	1	PupilDilated	Pupil Dilated	0
0022000E	FL	1	DegreeOfDilation	Degree of Dilation	0
0022000F	FD	1	VertexDistance	Vertex Distance	0
00220010	FL	1	StereoBaselineAngle	Stereo Baseline Angle	0
00220011	FL	1	StereoBaselineDisplacement	Stereo Baseline Displacement	0
00220012	FL	1	StereoHorizontalPixelOffset	Stereo Horizontal Pixel Offset	0
00220013	FL	1	StereoVerticalPixelOffset	Stereo Vertical Pixel Offset	0
00220014	FL	1	StereoRotation	Stereo Rotation	0
00220015	SQ	1	AcquisitionDeviceTypeCodeSequence	Acquisition Device Type Code Sequence	0
00220016	SQ	1	IlluminationTypeCodeSequence	Illumination Type Code Sequence	0
00220017	SQ	1	LightPathFilterTypeStackCodeSequence	Light Path Filter Type Stack Code Sequence	0
00220018	SQ	1	ImagePathFilterTypeStackCodeSequence	Image Path Filter Type Stack Code Sequence	0
00220019	SQ	1	LensesCodeSequence	Lenses Code Sequence	0
0022001A	SQ	1	ChannelDescriptionCodeSequence	Channel Description Code Sequence	0
0022001B	SQ	1	RefractiveStateSequence	Refractive State Sequence	0
0022001C	SQ	1	MydriaticAgentCodeSequence	Mydriatic Agent Code Sequence	0
0022001D	SQ	1	RelativeImagePositionCodeSequence	Relative Image Position Code Sequence	0
0022001E	FL	1	CameraAngleOfView	Camera Angle of View	0
00220020	SQ	1	StereoPairsSequence	Stereo Pairs Sequence	0
00220021	SQ	1	LeftImageSequence	Left Image Sequence	0
00220022	SQ	1	RightImageSequence	Right Image Sequence	0
00220028	CS	1	StereoPairsPresent	Stereo Pairs Present	0
00220030	FL	1	AxialLengthOfTheEye	Axial Length of the Eye	0
00220031	SQ	1	OphthalmicFrameLocationSequence	Ophthalmic Frame Location Sequence	0
00220032	FL	2-2n	ReferenceCoordinates	Reference Coordinates	0
00220035	FL	1	DepthSpatialResolution	Depth Spatial Resolution	0
00220036	FL	1	MaximumDepthDistortion	Maximum Depth Distortion	0
00220037	FL	1	AlongScanSpatialResolution	Along-scan Spatial Resolution	0
00220038	FL	1	MaximumAlongScanDistortion	Maximum Along-scan Distortion	0
00220039	CS	1	OphthalmicImageOrientation	Ophthalmic Image Orientation	0
00220041	FL	1	DepthOfTransverseImage	Depth of Transverse Image	0
00220042	SQ	1	MydriaticAgentConcentrationUnitsSequence	Mydriatic Agent Concentration Units Sequence	0
00220048	FL	1	AcrossScanSpatialResolution	Across-scan Spatial Resolution	0
00220049	FL	1	MaximumAcrossScanDistortion	Maximum Across-scan Distortion	0
0022004E	DS	1	MydriaticAgentConcentration	Mydriatic Agent Concentration	0
00220055	FL	1	IlluminationWaveLength	Illumination Wave Length	0
00220056	FL	1	IlluminationPower	Illumination Power	0
00220057	FL	1	IlluminationBandwidth	Illumination Bandwidth	0
00220058	SQ	1	MydriaticAgentSequence	Mydriatic Agent Sequence	0
00221007	SQ	1	OphthalmicAxialMeasurementsRightEyeSequence	Ophthalmic Axial Measurements Right Eye Sequence	0
00221008	SQ	1	OphthalmicAxialMeasurementsLeftEyeSequence	Ophthalmic Axial Measurements Left Eye Sequence	0
00221009	CS	1	OphthalmicAxialMeasurementsDeviceType	Ophthalmic Axial Measurements Device Type	0
00221010	CS	1	OphthalmicAxialLengthMeasurementsType	Ophthalmic Axial Length Measurements Type	0
00221012	SQ	1	OphthalmicAxialLengthSequence	Ophthalmic Axial Length Sequence	0
00221019	FL	1	OphthalmicAxialLength	Ophthalmic Axial Length	0
00221024	SQ	1	LensStatusCodeSequence	Lens Status Code Sequence	0
00221025	SQ	1	VitreousStatusCodeSequence	Vitreous Status Code Sequence	0
00221028	SQ	1	IOLFormulaCodeSequence	IOL Formula Code Sequence	0
00221029	LO	1	IOLFormulaDetail	IOL Formula Detail	0
00221033	FL	1	KeratometerIndex	Keratometer Index	0
00221035	SQ	1	SourceOfOphthalmicAxialLengthCodeSequence	Source of Ophthalmic Axial Length Code Sequence	0
00221036	SQ	1	SourceOfCornealSizeDataCodeSequence	Source of Corneal Size Data Code Sequence	0
00221037	FL	1	TargetRefraction	Target Refraction	0
00221039	CS	1	RefractiveProcedureOccurred	Refractive Procedure Occurred	0
00221040	SQ	1	RefractiveSurgeryTypeCodeSequence	Refractive Surgery Type Code Sequence	0
00221044	SQ	1	OphthalmicUltrasoundMethodCodeSequence	Ophthalmic Ultrasound Method Code Sequence	0
00221045	SQ	1	SurgicallyInducedAstigmatismSequence	Surgically Induced Astigmatism Sequence	0
00221046	CS	1	TypeOfOpticalCorrection	Type of Optical Correction	0
00221047	SQ	1	ToricIOLPowerSequence	Toric IOL Power Sequence	0
00221048	SQ	1	PredictedToricErrorSequence	Predicted Toric Error Sequence	0
00221049	CS	1	PreSelectedForImplantation	Pre-Selected for Implantation	0
0022104A	SQ	1	ToricIOLPowerForExactEmmetropiaSequence	Toric IOL Power for Exact Emmetropia Sequence	0
0022104B	SQ	1	ToricIOLPowerForExactTargetRefractionSequence	Toric IOL Power for Exact Target Refraction Sequence	0
00221050	SQ	1	OphthalmicAxialLengthMeasurementsSequence	Ophthalmic Axial Length Measurements Sequence	0
00221053	FL	1	IOLPower	IOL Power	0
00221054	FL	1	PredictedRefractiveError	Predicted Refractive Error	0
00221059	FL	1	OphthalmicAxialLengthVelocity	Ophthalmic Axial Length Velocity	0
00221065	LO	1	LensStatusDescription	Lens Status Description	0
00221066	LO	1	VitreousStatusDescription	Vitreous Status Description	0
00221090	SQ	1	IOLPowerSequence	IOL Power Sequence	0
00221092	SQ	1	LensConstantSequence	Lens Constant Sequence	0
00221093	LO	1	IOLManufacturer	IOL Manufacturer	0
00221094	LO	1	LensConstantDescription	Lens Constant Description	1
00221095	LO	1	ImplantName	Implant Name	0
00221096	SQ	1	KeratometryMeasurementTypeCodeSequence	Keratometry Measurement Type Code Sequence	0
00221097	LO	1	ImplantPartNumber	Implant Part Number	0
00221100	SQ	1	ReferencedOphthalmicAxialMeasurementsSequence	Referenced Ophthalmic Axial Measurements Sequence	0
00221101	SQ	1	OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence	Ophthalmic Axial Length Measurements Segment Name Code Sequence	0
00221103	SQ	1	RefractiveErrorBeforeRefractiveSurgeryCodeSequence	Refractive Error Before Refractive Surgery Code Sequence	0
00221121	FL	1	IOLPowerForExactEmmetropia	IOL Power For Exact Emmetropia	0
00221122	FL	1	IOLPowerForExactTargetRefraction	IOL Power For Exact Target Refraction	0
00221125	SQ	1	AnteriorChamberDepthDefinitionCodeSequence	Anterior Chamber Depth Definition Code Sequence	0
00221127	SQ	1	LensThicknessSequence	Lens Thickness Sequence	0
00221128	SQ	1	AnteriorChamberDepthSequence	Anterior Chamber Depth Sequence	0
0022112A	SQ	1	CalculationCommentSequence	Calculation Comment Sequence	0
0022112B	CS	1	CalculationCommentType	Calculation Comment Type	0
0022112C	LT	1	CalculationComment	Calculation Comment	0
00221130	FL	1	LensThickness	Lens Thickness	0
00221131	FL	1	AnteriorChamberDepth	Anterior Chamber Depth	0
00221132	SQ	1	SourceOfLensThicknessDataCodeSequence	Source of Lens Thickness Data Code Sequence	0
00221133	SQ	1	SourceOfAnteriorChamberDepthDataCodeSequence	Source of Anterior Chamber Depth Data Code Sequence	0
00221134	SQ	1	SourceOfRefractiveMeasurementsSequence	Source of Refractive Measurements Sequence	0
00221135	SQ	1	SourceOfRefractiveMeasurementsCodeSequence	Source of Refractive Measurements Code Sequence	0
00221140	CS	1	OphthalmicAxialLengthMeasurementModified	Ophthalmic Axial Length Measurement Modified	0
00221150	SQ	1	OphthalmicAxialLengthDataSourceCodeSequence	Ophthalmic Axial Length Data Source Code Sequence	0
00221153	SQ	1	OphthalmicAxialLengthAcquisitionMethodCodeSequence	Ophthalmic Axial Length Acquisition Method Code Sequence	1
00221155	FL	1	SignalToNoiseRatio	Signal to Noise Ratio	0
00221159	LO	1	OphthalmicAxialLengthDataSourceDescription	Ophthalmic Axial Length Data Source Description	0
00221210	SQ	1	OphthalmicAxialLengthMeasurementsTotalLengthSequence	Ophthalmic Axial Length Measurements Total Length Sequence	0
00221211	SQ	1	OphthalmicAxialLengthMeasurementsSegmentalLengthSequence	Ophthalmic Axial Length Measurements Segmental Length Sequence	0
00221212	SQ	1	OphthalmicAxialLengthMeasurementsLengthSummationSequence	Ophthalmic Axial Length Measurements Length Summation Sequence	0
00221220	SQ	1	UltrasoundOphthalmicAxialLengthMeasurementsSequence	Ultrasound Ophthalmic Axial Length Measurements Sequence	0
00221225	SQ	1	OpticalOphthalmicAxialLengthMeasurementsSequence	Optical Ophthalmic Axial Length Measurements Sequence	0
00221230	SQ	1	UltrasoundSelectedOphthalmicAxialLengthSequence	Ultrasound Selected Ophthalmic Axial Length Sequence	0
00221250	SQ	1	OphthalmicAxialLengthSelectionMethodCodeSequence	Ophthalmic Axial Length Selection Method Code Sequence	0
00221255	SQ	1	OpticalSelectedOphthalmicAxialLengthSequence	Optical Selected Ophthalmic Axial Length Sequence	0
00221257	SQ	1	SelectedSegmentalOphthalmicAxialLengthSequence	Selected Segmental Ophthalmic Axial Length Sequence	0
00221260	SQ	1	SelectedTotalOphthalmicAxialLengthSequence	Selected Total Ophthalmic Axial Length Sequence	0
00221262	SQ	1	OphthalmicAxialLengthQualityMetricSequence	Ophthalmic Axial Length Quality Metric Sequence	0
00221265	SQ	1	OphthalmicAxialLengthQualityMetricTypeCodeSequence	Ophthalmic Axial Length Quality Metric Type Code Sequence	1
00221273	LO	1	OphthalmicAxialLengthQualityMetricTypeDescription	Ophthalmic Axial Length Quality Metric Type Description	1
00221300	SQ	1	IntraocularLensCalculationsRightEyeSequence	Intraocular Lens Calculations Right Eye Sequence	0
00221310	SQ	1	IntraocularLensCalculationsLeftEyeSequence	Intraocular Lens Calculations Left Eye Sequence	0
00221330	SQ	1	ReferencedOphthalmicAxialLengthMeasurementQCImageSequence	Referenced Ophthalmic Axial Length Measurement QC Image Sequence	0
00221415	CS	1	OphthalmicMappingDeviceType	Ophthalmic Mapping Device Type	0
00221420	SQ	1	AcquisitionMethodCodeSequence	Acquisition Method Code Sequence	0
00221423	SQ	1	AcquisitionMethodAlgorithmSequence	Acquisition Method Algorithm Sequence	0
00221436	SQ	1	OphthalmicThicknessMapTypeCodeSequence	Ophthalmic Thickness Map Type Code Sequence	0
00221443	SQ	1	OphthalmicThicknessMappingNormalsSequence	Ophthalmic Thickness Mapping Normals Sequence	0
00221445	SQ	1	RetinalThicknessDefinitionCodeSequence	Retinal Thickness Definition Code Sequence	0
00221450	SQ	1	PixelValueMappingToCodedConceptSequence	Pixel Value Mapping to Coded Concept Sequence	0
00221452	US or SS	1	MappedPixelValue	Mapped Pixel Value	0
00221454	LO	1	PixelValueMappingExplanation	Pixel Value Mapping Explanation	0
00221458	SQ	1	OphthalmicThicknessMapQualityThresholdSequence	Ophthalmic Thickness Map Quality Threshold Sequence	0
00221460	FL	1	OphthalmicThicknessMapThresholdQualityRating	Ophthalmic Thickness Map Threshold Quality Rating	0
00221463	FL	2	AnatomicStructureReferencePoint	Anatomic Structure Reference Point	0
00221465	SQ	1	RegistrationToLocalizerSequence	Registration to Localizer Sequence	0
00221466	CS	1	RegisteredLocalizerUnits	Registered Localizer Units	0
00221467	FL	2	RegisteredLocalizerTopLeftHandCorner	Registered Localizer Top Left Hand Corner	0
00221468	FL	2	RegisteredLocalizerBottomRightHandCorner	Registered Localizer Bottom Right Hand Corner	0
00221470	SQ	1	OphthalmicThicknessMapQualityRatingSequence	Ophthalmic Thickness Map Quality Rating Sequence	0
00221472	SQ	1	RelevantOPTAttributesSequence	Relevant OPT Attributes Sequence	0
00221512	SQ	1	TransformationMethodCodeSequence	Transformation Method Code Sequence	0
00221513	SQ	1	TransformationAlgorithmSequence	Transformation Algorithm Sequence	0
00221515	CS	1	OphthalmicAxialLengthMethod	Ophthalmic Axial Length Method	0
00221517	FL	1	OphthalmicFOV	Ophthalmic FOV	0
00221518	SQ	1	TwoDimensionalToThreeDimensionalMapSequence	Two Dimensional to Three Dimensional Map Sequence	0
00221525	SQ	1	WideFieldOphthalmicPhotographyQualityRatingSequence	Wide Field Ophthalmic Photography Quality Rating Sequence	0
00221526	SQ	1	WideFieldOphthalmicPhotographyQualityThresholdSequence	Wide Field Ophthalmic Photography Quality Threshold Sequence	0
00221527	FL	1	WideFieldOphthalmicPhotographyThresholdQualityRating	Wide Field Ophthalmic Photography Threshold Quality Rating	0
00221528	FL	1	XCoordinatesCenterPixelViewAngle	X Coordinates Center Pixel View Angle	0
00221529	FL	1	YCoordinatesCenterPixelViewAngle	Y Coordinates Center Pixel View Angle	0
00221530	UL	1	NumberOfMapPoints	Number of Map Points	0
00221531	OF	1	TwoDimensionalToThreeDimensionalMapData	Two Dimensional to Three Dimensional Map Data	0
00221612	SQ	1	DerivationAlgorithmSequence	Derivation Algorithm Sequence	0
00221615	SQ	1	OphthalmicImageTypeCodeSequence	Ophthalmic Image Type Code Sequence	0
00221616	LO	1	OphthalmicImageTypeDescription	Ophthalmic Image Type Description	0
00221618	SQ	1	ScanPatternTypeCodeSequence	Scan Pattern Type Code Sequence	0
00221620	SQ	1	ReferencedSurfaceMeshIdentificationSequence	Referenced Surface Mesh Identification Sequence	0
00221622	CS	1	OphthalmicVolumetricPropertiesFlag	Ophthalmic Volumetric Properties Flag	0
00221624	FL	1	OphthalmicAnatomicReferencePointXCoordinate	Ophthalmic Anatomic Reference Point X-Coordinate	0
00221626	FL	1	OphthalmicAnatomicReferencePointYCoordinate	Ophthalmic Anatomic Reference Point Y-Coordinate	0
00221628	SQ	1	OphthalmicEnFaceImageQualityRatingSequence	Ophthalmic En Face Image Quality Rating Sequence	0
00221630	DS	1	QualityThreshold	Quality Threshold	0
00221640	SQ	1	OCTBscanAnalysisAcquisitionParametersSequence	OCT B-scan Analysis Acquisition Parameters Sequence	0
00221642	UL	1	NumberOfBscansPerFrame	Number of B-scans Per Frame	0
00221643	FL	1	BscanSlabThickness	B-scan Slab Thickness	0
00221644	FL	1	DistanceBetweenBscanSlabs	Distance Between B-scan Slabs	0
00221645	FL	1	BscanCycleTime	B-scan Cycle Time	0
00221646	FL	1-n	BscanCycleTimeVector	B-scan Cycle Time Vector	0
00221649	FL	1	AscanRate	A-scan Rate	0
00221650	FL	1	BscanRate	B-scan Rate	0
00221658	UL	1	SurfaceMeshZPixelOffset	Surface Mesh Z-Pixel Offset	0
00240010	FL	1	VisualFieldHorizontalExtent	Visual Field Horizontal Extent	0
00240011	FL	1	VisualFieldVerticalExtent	Visual Field Vertical Extent	0
00240012	CS	1	VisualFieldShape	Visual Field Shape	0
00240016	SQ	1	ScreeningTestModeCodeSequence	Screening Test Mode Code Sequence	0
00240018	FL	1	MaximumStimulusLuminance	Maximum Stimulus Luminance	0
00240020	FL	1	BackgroundLuminance	Background Luminance	0
00240021	SQ	1	StimulusColorCodeSequence	Stimulus Color Code Sequence	0
00240024	SQ	1	BackgroundIlluminationColorCodeSequence	Background Illumination Color Code Sequence	0
00240025	FL	1	StimulusArea	Stimulus Area	0
00240028	FL	1	StimulusPresentationTime	Stimulus Presentation Time	0
00240032	SQ	1	FixationSequence	Fixation Sequence	0
00240033	SQ	1	FixationMonitoringCodeSequence	Fixation Monitoring Code Sequence	0
00240034	SQ	1	VisualFieldCatchTrialSequence	Visual Field Catch Trial Sequence	0
00240035	US	1	FixationCheckedQuantity	Fixation Checked Quantity	0
00240036	US	1	PatientNotProperlyFixatedQuantity	Patient Not Properly Fixated Quantity	0
00240037	CS	1	PresentedVisualStimuliDataFlag	Presented Visual Stimuli Data Flag	0
00240038	US	1	NumberOfVisualStimuli	Number of Visual Stimuli	0
00240039	CS	1	ExcessiveFixationLossesDataFlag	Excessive Fixation Losses Data Flag	0
00240040	CS	1	ExcessiveFixationLosses	Excessive Fixation Losses	0
00240042	US	1	StimuliRetestingQuantity	Stimuli Retesting Quantity	0
00240044	LT	1	CommentsOnPatientPerformanceOfVisualField	Comments on Patient's Performance of Visual Field	0
00240045	CS	1	FalseNegativesEstimateFlag	False Negatives Estimate Flag	0
00240046	FL	1	FalseNegativesEstimate	False Negatives Estimate	0
00240048	US	1	NegativeCatchTrialsQuantity	Negative Catch Trials Quantity	0
00240050	US	1	FalseNegativesQuantity	False Negatives Quantity	0
00240051	CS	1	ExcessiveFalseNegativesDataFlag	Excessive False Negatives Data Flag	0
00240052	CS	1	ExcessiveFalseNegatives	Excessive False Negatives	0
00240053	CS	1	FalsePositivesEstimateFlag	False Positives Estimate Flag	0
00240054	FL	1	FalsePositivesEstimate	False Positives Estimate	0
00240055	CS	1	CatchTrialsDataFlag	Catch Trials Data Flag	0
00240056	US	1	PositiveCatchTrialsQuantity	Positive Catch Trials Quantity	0
00240057	CS	1	TestPointNormalsDataFlag	Test Point Normals Data Flag	0
00240058	SQ	1	TestPointNormalsSequence	Test Point Normals Sequence	0
00240059	CS	1	GlobalDeviationProbabilityNormalsFlag	Global Deviation Probability Normals Flag	0
00240060	US	1	FalsePositivesQuantity	False Positives Quantity	0
00240061	CS	1	ExcessiveFalsePositivesDataFlag	Excessive False Positives Data Flag	0
00240062	CS	1	ExcessiveFalsePositives	Excessive False Positives	0
00240063	CS	1	VisualFieldTestNormalsFlag	Visual Field Test Normals Flag	0
00240064	SQ	1	ResultsNormalsSequence	Results Normals Sequence	0
00240065	SQ	1	AgeCorrectedSensitivityDeviationAlgorithmSequence	Age Corrected Sensitivity Deviation Algorithm Sequence	0
00240066	FL	1	GlobalDeviationFromNormal	Global Deviation From Normal	0
00240067	SQ	1	GeneralizedDefectSensitivityDeviationAlgorithmSequence	Generalized Defect Sensitivity Deviation Algorithm Sequence	0
00240068	FL	1	LocalizedDeviationFromNormal	Localized Deviation From Normal	0
00240069	LO	1	PatientReliabilityIndicator	Patient Reliability Indicator	0
00240070	FL	1	VisualFieldMeanSensitivity	Visual Field Mean Sensitivity	0
00240071	FL	1	GlobalDeviationProbability	Global Deviation Probability	0
00240072	CS	1	LocalDeviationProbabilityNormalsFlag	Local Deviation Probability Normals Flag	0
00240073	FL	1	LocalizedDeviationProbability	Localized Deviation Probability	0
00240074	CS	1	ShortTermFluctuationCalculated	Short Term Fluctuation Calculated	0
00240075	FL	1	ShortTermFluctuation	Short Term Fluctuation	0
00240076	CS	1	ShortTermFluctuationProbabilityCalculated	Short Term Fluctuation Probability Calculated	0
00240077	FL	1	ShortTermFluctuationProbability	Short Term Fluctuation Probability	0
00240078	CS	1	CorrectedLocalizedDeviationFromNormalCalculated	Corrected Localized Deviation From Normal Calculated	0
00240079	FL	1	CorrectedLocalizedDeviationFromNormal	Corrected Localized Deviation From Normal	0
00240080	CS	1	CorrectedLocalizedDeviationFromNormalProbabilityCalculated	Corrected Localized Deviation From Normal Probability Calculated	0
00240081	FL	1	CorrectedLocalizedDeviationFromNormalProbability	Corrected Localized Deviation From Normal Probability	0
00240083	SQ	1	GlobalDeviationProbabilitySequence	Global Deviation Probability Sequence	0
00240085	SQ	1	LocalizedDeviationProbabilitySequence	Localized Deviation Probability Sequence	0
00240086	CS	1	FovealSensitivityMeasured	Foveal Sensitivity Measured	0
00240087	FL	1	FovealSensitivity	Foveal Sensitivity	0
00240088	FL	1	VisualFieldTestDuration	Visual Field Test Duration	0
00240089	SQ	1	VisualFieldTestPointSequence	Visual Field Test Point Sequence	0
00240090	FL	1	VisualFieldTestPointXCoordinate	Visual Field Test Point X-Coordinate	0
00240091	FL	1	VisualFieldTestPointYCoordinate	Visual Field Test Point Y-Coordinate	0
00240092	FL	1	AgeCorrectedSensitivityDeviationValue	Age Corrected Sensitivity Deviation Value	0
00240093	CS	1	StimulusResults	Stimulus Results	0
00240094	FL	1	SensitivityValue	Sensitivity Value	0
00240095	CS	1	RetestStimulusSeen	Retest Stimulus Seen	0
00240096	FL	1	RetestSensitivityValue	Retest Sensitivity Value	0
00240097	SQ	1	VisualFieldTestPointNormalsSequence	Visual Field Test Point Normals Sequence	0
00240098	FL	1	QuantifiedDefect	Quantified Defect	0
00240100	FL	1	AgeCorrectedSensitivityDeviationProbabilityValue	Age Corrected Sensitivity Deviation Probability Value	0
00240102	CS	1	GeneralizedDefectCorrectedSensitivityDeviationFlag	Generalized Defect Corrected Sensitivity Deviation Flag	0
00240103	FL	1	GeneralizedDefectCorrectedSensitivityDeviationValue	Generalized Defect Corrected Sensitivity Deviation Value	0
00240104	FL	1	GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue	Generalized Defect Corrected Sensitivity Deviation Probability Value	0
00240105	FL	1	MinimumSensitivityValue	Minimum Sensitivity Value	0
00240106	CS	1	BlindSpotLocalized	Blind Spot Localized	0
00240107	FL	1	BlindSpotXCoordinate	Blind Spot X-Coordinate	0
00240108	FL	1	BlindSpotYCoordinate	Blind Spot Y-Coordinate	0
00240110	SQ	1	VisualAcuityMeasurementSequence	Visual Acuity Measurement Sequence	0
00240112	SQ	1	RefractiveParametersUsedOnPatientSequence	Refractive Parameters Used on Patient Sequence	0
00240113	CS	1	MeasurementLaterality	Measurement Laterality	0
00240114	SQ	1	OphthalmicPatientClinicalInformationLeftEyeSequence	Ophthalmic Patient Clinical Information Left Eye Sequence	0
00240115	SQ	1	OphthalmicPatientClinicalInformationRightEyeSequence	Ophthalmic Patient Clinical Information Right Eye Sequence	0
00240117	CS	1	FovealPointNormativeDataFlag	Foveal Point Normative Data Flag	0
00240118	FL	1	FovealPointProbabilityValue	Foveal Point Probability Value	0
00240120	CS	1	ScreeningBaselineMeasured	Screening Baseline Measured	0
00240122	SQ	1	ScreeningBaselineMeasuredSequence	Screening Baseline Measured Sequence	0
00240124	CS	1	ScreeningBaselineType	Screening Baseline Type	0
00240126	FL	1	ScreeningBaselineValue	Screening Baseline Value	0
00240202	LO	1	AlgorithmSource	Algorithm Source	0
00240306	LO	1	DataSetName	Data Set Name	0
00240307	LO	1	DataSetVersion	Data Set Version	0
00240308	LO	1	DataSetSource	Data Set Source	0
00240309	LO	1	DataSetDescription	Data Set Description	0
00240317	SQ	1	VisualFieldTestReliabilityGlobalIndexSequence	Visual Field Test Reliability Global Index Sequence	0
00240320	SQ	1	VisualFieldGlobalResultsIndexSequence	Visual Field Global Results Index Sequence	0
00240325	SQ	1	DataObservationSequence	Data Observation Sequence	0
00240338	CS	1	IndexNormalsFlag	Index Normals Flag	0
00240341	FL	1	IndexProbability	Index Probability	0
00240344	SQ	1	IndexProbabilitySequence	Index Probability Sequence	0
00280002	US	1	SamplesPerPixel	Samples per Pixel	0
00280003	US	1	SamplesPerPixelUsed	Samples per Pixel Used	0
00280004	CS	1	PhotometricInterpretation	Photometric Interpretation	0
00280005	US	1	ImageDimensions	Image Dimensions	1
00280006	US	1	PlanarConfiguration	Planar Configuration	0
00280008	IS	1	NumberOfFrames	Number of Frames	0
00280009	AT	1-n	FrameIncrementPointer	Frame Increment Pointer	0
0028000A	AT	1-n	FrameDimensionPointer	Frame Dimension Pointer	0
00280010	US	1	Rows	Rows	0
00280011	US	1	Columns	Columns	0
00280012	US	1	Planes	Planes	1
00280014	US	1	UltrasoundColorDataPresent	Ultrasound Color Data Present	0
00280020	OB	1		Retired-blank	1
00280030	DS	2	PixelSpacing	Pixel Spacing	0
00280031	DS	2	ZoomFactor	Zoom Factor	0
00280032	DS	2	ZoomCenter	Zoom Center	0
00280034	IS	2	PixelAspectRatio	Pixel Aspect Ratio	0
00280040	CS	1	ImageFormat	Image Format	1
00280050	LO	1-n	ManipulatedImage	Manipulated Image	1
00280051	CS	1-n	CorrectedImage	Corrected Image	0
0028005F	LO	1	CompressionRecognitionCode	Compression Recognition Code	1
00280060	CS	1	CompressionCode	Compression Code	1
00280061	SH	1	CompressionOriginator	Compression Originator	1
00280062	LO	1	CompressionLabel	Compression Label	1
00280063	SH	1	CompressionDescription	Compression Description	1
00280065	CS	1-n	CompressionSequence	Compression Sequence	1
00280066	AT	1-n	CompressionStepPointers	Compression Step Pointers	1
00280068	US	1	RepeatInterval	Repeat Interval	1
00280069	US	1	BitsGrouped	Bits Grouped	1
00280070	US	1-n	PerimeterTable	Perimeter Table	1
00280071	US or SS	1	PerimeterValue	Perimeter Value	1
00280080	US	1	PredictorRows	Predictor Rows	1
00280081	US	1	PredictorColumns	Predictor Columns	1
00280082	US	1-n	PredictorConstants	Predictor Constants	1
00280090	CS	1	BlockedPixels	Blocked Pixels	1
00280091	US	1	BlockRows	Block Rows	1
00280092	US	1	BlockColumns	Block Columns	1
00280093	US	1	RowOverlap	Row Overlap	1
00280094	US	1	ColumnOverlap	Column Overlap	1
00280100	US	1	BitsAllocated	Bits Allocated	0
00280101	US	1	BitsStored	Bits Stored	0
00280102	US	1	HighBit	High Bit	0
00280103	US	1	PixelRepresentation	Pixel Representation	0
00280104	US or SS	1	SmallestValidPixelValue	Smallest Valid Pixel Value	1
00280105	US or SS	1	LargestValidPixelValue	Largest Valid Pixel Value	1
00280106	US or SS	1	SmallestImagePixelValue	Smallest Image Pixel Value	0
00280107	US or SS	1	LargestImagePixelValue	Largest Image Pixel Value	0
00280108	US or SS	1	SmallestPixelValueInSeries	Smallest Pixel Value in Series	0
00280109	US or SS	1	LargestPixelValueInSeries	Largest Pixel Value in Series	0
00280110	US or SS	1	SmallestImagePixelValueInPlane	Smallest Image Pixel Value in Plane	1
00280111	US or SS	1	LargestImagePixelValueInPlane	Largest Image Pixel Value in Plane	1
00280120	US or SS	1	PixelPaddingValue	Pixel Padding Value	0
00280121	US or SS	1	PixelPaddingRangeLimit	Pixel Padding Range Limit	0
00280122	FL	1	FloatPixelPaddingValue	Float Pixel Padding Value	0
00280123	FD	1	DoubleFloatPixelPaddingValue	Double Float Pixel Padding Value	0
00280124	FL	1	FloatPixelPaddingRangeLimit	Float Pixel Padding Range Limit	0
00280125	FD	1	DoubleFloatPixelPaddingRangeLimit	Double Float Pixel Padding Range Limit	0
00280200	US	1	ImageLocation	Image Location	1
00280300	CS	1	QualityControlImage	Quality Control Image	0
00280301	CS	1	BurnedInAnnotation	Burned In Annotation	0
00280302	CS	1	RecognizableVisualFeatures	Recognizable Visual Features	0
00280303	CS	1	LongitudinalTemporalInformationModified	Longitudinal Temporal Information Modified	0
00280304	UI	1	ReferencedColorPaletteInstanceUID	Referenced Color Palette Instance UID	0
00280400	LO	1	TransformLabel	Transform Label	1
00280401	LO	1	TransformVersionNumber	Transform Version Number	1
00280402	US	1	NumberOfTransformSteps	Number of Transform Steps	1
00280403	LO	1-n	SequenceOfCompressedData	Sequence of Compressed Data	1
00280404	AT	1-n	DetailsOfCoefficients	Details of Coefficients	1
00280700	LO	1	DCTLabel	DCT Label	1
00280701	CS	1-n	DataBlockDescription	Data Block Description	1
00280702	AT	1-n	DataBlock	Data Block	1
00280710	US	1	NormalizationFactorFormat	Normalization Factor Format	1
00280720	US	1	ZonalMapNumberFormat	Zonal Map Number Format	1
00280721	AT	1-n	ZonalMapLocation	Zonal Map Location	1
00280722	US	1	ZonalMapFormat	Zonal Map Format	1
00280730	US	1	AdaptiveMapFormat	Adaptive Map Format	1
00280740	US	1	CodeNumberFormat	Code Number Format	1
00280A02	CS	1	PixelSpacingCalibrationType	Pixel Spacing Calibration Type	0
00280A04	LO	1	PixelSpacingCalibrationDescription	Pixel Spacing Calibration Description	0
00281040	CS	1	PixelIntensityRelationship	Pixel Intensity Relationship	0
00281041	SS	1	PixelIntensityRelationshipSign	Pixel Intensity Relationship Sign	0
00281050	DS	1-n	WindowCenter	Window Center	0
00281051	DS	1-n	WindowWidth	Window Width	0
00281052	DS	1	RescaleIntercept	Rescale Intercept	0
00281053	DS	1	RescaleSlope	Rescale Slope	0
00281054	LO	1	RescaleType	Rescale Type	0
00281055	LO	1-n	WindowCenterWidthExplanation	Window Center & Width Explanation	0
00281056	CS	1	VOILUTFunction	VOI LUT Function	0
00281080	CS	1	GrayScale	Gray Scale	1
00281090	CS	1	RecommendedViewingMode	Recommended Viewing Mode	0
00281100	US or SS	3	GrayLookupTableDescriptor	Gray Lookup Table Descriptor	1
00281101	US or SS	3	RedPaletteColorLookupTableDescriptor	Red Palette Color Lookup Table Descriptor	0
00281102	US or SS	3	GreenPaletteColorLookupTableDescriptor	Green Palette Color Lookup Table Descriptor	0
00281103	US or SS	3	BluePaletteColorLookupTableDescriptor	Blue Palette Color Lookup Table Descriptor	0
00281104	US	3	AlphaPaletteColorLookupTableDescriptor	Alpha Palette Color Lookup Table Descriptor	0
00281111	US or SS	4	LargeRedPaletteColorLookupTableDescriptor	Large Red Palette Color Lookup Table Descriptor	1
00281112	US or SS	4	LargeGreenPaletteColorLookupTableDescriptor	Large Green Palette Color Lookup Table Descriptor	1
00281113	US or SS	4	LargeBluePaletteColorLookupTableDescriptor	Large Blue Palette Color Lookup Table Descriptor	1
00281199	UI	1	PaletteColorLookupTableUID	Palette Color Lookup Table UID	0
00281200	US or SS or OW	1-n	GrayLookupTableData	Gray Lookup Table Data	1
00281201	OW	1	RedPaletteColorLookupTableData	Red Palette Color Lookup Table Data	0
00281202	OW	1	GreenPaletteColorLookupTableData	Green Palette Color Lookup Table Data	0
00281203	OW	1	BluePaletteColorLookupTableData	Blue Palette Color Lookup Table Data	0
00281204	OW	1	AlphaPaletteColorLookupTableData	Alpha Palette Color Lookup Table Data	0
00281211	OW	1	LargeRedPaletteColorLookupTableData	Large Red Palette Color Lookup Table Data	1
00281212	OW	1	LargeGreenPaletteColorLookupTableData	Large Green Palette Color Lookup Table Data	1
00281213	OW	1	LargeBluePaletteColorLookupTableData	Large Blue Palette Color Lookup Table Data	1
00281214	UI	1	LargePaletteColorLookupTableUID	Large Palette Color Lookup Table UID	1
00281221	OW	1	SegmentedRedPaletteColorLookupTableData	Segmented Red Palette Color Lookup Table Data	0
00281222	OW	1	SegmentedGreenPaletteColorLookupTableData	Segmented Green Palette Color Lookup Table Data	0
00281223	OW	1	SegmentedBluePaletteColorLookupTableData	Segmented Blue Palette Color Lookup Table Data	0
00281224	OW	1	SegmentedAlphaPaletteColorLookupTableData	Segmented Alpha Palette Color Lookup Table Data	0
00281230	SQ	1	StoredValueColorRangeSequence	Stored Value Color Range Sequence	0
00281231	FD	1	MinimumStoredValueMapped	Minimum Stored Value Mapped	0
00281232	FD	1	MaximumStoredValueMapped	Maximum Stored Value Mapped	0
00281300	CS	1	BreastImplantPresent	Breast Implant Present	0
00281350	CS	1	PartialView	Partial View	0
00281351	ST	1	PartialViewDescription	Partial View Description	0
00281352	SQ	1	PartialViewCodeSequence	Partial View Code Sequence	0
0028135A	CS	1	SpatialLocationsPreserved	Spatial Locations Preserved	0
00281401	SQ	1	DataFrameAssignmentSequence	Data Frame Assignment Sequence	0
00281402	CS	1	DataPathAssignment	Data Path Assignment	0
00281403	US	1	BitsMappedToColorLookupTable	Bits Mapped to Color Lookup Table	0
00281404	SQ	1	BlendingLUT1Sequence	Blending LUT 1 Sequence	0
00281405	CS	1	BlendingLUT1TransferFunction	Blending LUT 1 Transfer Function	0
00281406	FD	1	BlendingWeightConstant	Blending Weight Constant	0
00281407	US	3	BlendingLookupTableDescriptor	Blending Lookup Table Descriptor	0
00281408	OW	1	BlendingLookupTableData	Blending Lookup Table Data	0
0028140B	SQ	1	EnhancedPaletteColorLookupTableSequence	Enhanced Palette Color Lookup Table Sequence	0
0028140C	SQ	1	BlendingLUT2Sequence	Blending LUT 2 Sequence	0
0028140D	CS	1	BlendingLUT2TransferFunction	Blending LUT 2 Transfer Function	0
0028140E	CS	1	DataPathID	Data Path ID	0
0028140F	CS	1	RGBLUTTransferFunction	RGB LUT Transfer Function	0
00281410	CS	1	AlphaLUTTransferFunction	Alpha LUT Transfer Function	0
00282000	OB	1	ICCProfile	ICC Profile	0
00282002	CS	1	ColorSpace	Color Space	0
00282110	CS	1	LossyImageCompression	Lossy Image Compression	0
00282112	DS	1-n	LossyImageCompressionRatio	Lossy Image Compression Ratio	0
00282114	CS	1-n	LossyImageCompressionMethod	Lossy Image Compression Method	0
00283000	SQ	1	ModalityLUTSequence	Modality LUT Sequence	0
00283001	SQ	1	VariableModalityLUTSequence	Variable Modality LUT Sequence	0
00283002	US or SS	3	LUTDescriptor	LUT Descriptor	0
00283003	LO	1	LUTExplanation	LUT Explanation	0
00283004	LO	1	ModalityLUTType	Modality LUT Type	0
00283006	US or OW	1-n	LUTData	LUT Data	0
00283010	SQ	1	VOILUTSequence	VOI LUT Sequence	0
00283110	SQ	1	SoftcopyVOILUTSequence	Softcopy VOI LUT Sequence	0
00284000	LT	1	ImagePresentationComments	Image Presentation Comments	1
00285000	SQ	1	BiPlaneAcquisitionSequence	Bi-Plane Acquisition Sequence	1
00286010	US	1	RepresentativeFrameNumber	Representative Frame Number	0
00286020	US	1-n	FrameNumbersOfInterest	Frame Numbers of Interest (FOI)	0
00286022	LO	1-n	FrameOfInterestDescription	Frame of Interest Description	0
00286023	CS	1-n	FrameOfInterestType	Frame of Interest Type	0
00286030	US	1-n	MaskPointers	Mask Pointer(s)	1
00286040	US	1-n	RWavePointer	R Wave Pointer	0
00286100	SQ	1	MaskSubtractionSequence	Mask Subtraction Sequence	0
00286101	CS	1	MaskOperation	Mask Operation	0
00286102	US	2-2n	ApplicableFrameRange	Applicable Frame Range	0
00286110	US	1-n	MaskFrameNumbers	Mask Frame Numbers	0
00286112	US	1	ContrastFrameAveraging	Contrast Frame Averaging	0
00286114	FL	2	MaskSubPixelShift	Mask Sub-pixel Shift	0
00286120	SS	1	TIDOffset	TID Offset	0
00286190	ST	1	MaskOperationExplanation	Mask Operation Explanation	0
00287000	SQ	1	EquipmentAdministratorSequence	Equipment Administrator Sequence	0
00287001	US	1	NumberOfDisplaySubsystems	Number of Display Subsystems	0
00287002	US	1	CurrentConfigurationID	Current Configuration ID	0
00287003	US	1	DisplaySubsystemID	Display Subsystem ID	0
00287004	SH	1	DisplaySubsystemName	Display Subsystem Name	0
00287005	LO	1	DisplaySubsystemDescription	Display Subsystem Description	0
00287006	CS	1	SystemStatus	System Status	0
00287007	LO	1	SystemStatusComment	System Status Comment	0
00287008	SQ	1	TargetLuminanceCharacteristicsSequence	Target Luminance Characteristics Sequence	0
00287009	US	1	LuminanceCharacteristicsID	Luminance Characteristics ID	0
0028700A	SQ	1	DisplaySubsystemConfigurationSequence	Display Subsystem Configuration Sequence	0
0028700B	US	1	ConfigurationID	Configuration ID	0
0028700C	SH	1	ConfigurationName	Configuration Name	0
0028700D	LO	1	ConfigurationDescription	Configuration Description	0
0028700E	US	1	ReferencedTargetLuminanceCharacteristicsID	Referenced Target Luminance Characteristics ID	0
0028700F	SQ	1	QAResultsSequence	QA Results Sequence	0
00287010	SQ	1	DisplaySubsystemQAResultsSequence	Display Subsystem QA Results Sequence	0
00287011	SQ	1	ConfigurationQAResultsSequence	Configuration QA Results Sequence	0
00287012	SQ	1	MeasurementEquipmentSequence	Measurement Equipment Sequence	0
00287013	CS	1-n	MeasurementFunctions	Measurement Functions	0
00287014	CS	1	MeasurementEquipmentType	Measurement Equipment Type	0
00287015	SQ	1	VisualEvaluationResultSequence	Visual Evaluation Result Sequence	0
00287016	SQ	1	DisplayCalibrationResultSequence	Display Calibration Result Sequence	0
00287017	US	1	DDLValue	DDL Value	0
00287018	FL	2	CIExyWhitePoint	CIExy White Point	0
00287019	CS	1	DisplayFunctionType	Display Function Type	0
0028701A	FL	1	GammaValue	Gamma Value	0
0028701B	US	1	NumberOfLuminancePoints	Number of Luminance Points	0
0028701C	SQ	1	LuminanceResponseSequence	Luminance Response Sequence	0
0028701D	FL	1	TargetMinimumLuminance	Target Minimum Luminance	0
0028701E	FL	1	TargetMaximumLuminance	Target Maximum Luminance	0
0028701F	FL	1	LuminanceValue	Luminance Value	0
00287020	LO	1	LuminanceResponseDescription	Luminance Response Description	0
00287021	CS	1	WhitePointFlag	White Point Flag	0
00287022	SQ	1	DisplayDeviceTypeCodeSequence	Display Device Type Code Sequence	0
00287023	SQ	1	DisplaySubsystemSequence	Display Subsystem Sequence	0
00287024	SQ	1	LuminanceResultSequence	Luminance Result Sequence	0
00287025	CS	1	AmbientLightValueSource	Ambient Light Value Source	0
00287026	CS	1-n	MeasuredCharacteristics	Measured Characteristics	0
00287027	SQ	1	LuminanceUniformityResultSequence	Luminance Uniformity Result Sequence	0
00287028	SQ	1	VisualEvaluationTestSequence	Visual Evaluation Test Sequence	0
00287029	CS	1	TestResult	Test Result	0
0028702A	LO	1	TestResultComment	Test Result Comment	0
0028702B	CS	1	TestImageValidation	Test Image Validation	0
0028702C	SQ	1	TestPatternCodeSequence	Test Pattern Code Sequence	0
0028702D	SQ	1	MeasurementPatternCodeSequence	Measurement Pattern Code Sequence	0
0028702E	SQ	1	VisualEvaluationMethodCodeSequence	Visual Evaluation Method Code Sequence	0
00287FE0	UR	1	PixelDataProviderURL	Pixel Data Provider URL	0
00289001	UL	1	DataPointRows	Data Point Rows	0
00289002	UL	1	DataPointColumns	Data Point Columns	0
00289003	CS	1	SignalDomainColumns	Signal Domain Columns	0
00289099	US	1	LargestMonochromePixelValue	Largest Monochrome Pixel Value	1
00289108	CS	1	DataRepresentation	Data Representation	0
00289110	SQ	1	PixelMeasuresSequence	Pixel Measures Sequence	0
00289132	SQ	1	FrameVOILUTSequence	Frame VOI LUT Sequence	0
00289145	SQ	1	PixelValueTransformationSequence	Pixel Value Transformation Sequence	0
00289235	CS	1	SignalDomainRows	Signal Domain Rows	0
00289411	FL	1	DisplayFilterPercentage	Display Filter Percentage	0
00289415	SQ	1	FramePixelShiftSequence	Frame Pixel Shift Sequence	0
00289416	US	1	SubtractionItemID	Subtraction Item ID	0
00289422	SQ	1	PixelIntensityRelationshipLUTSequence	Pixel Intensity Relationship LUT Sequence	0
00289443	SQ	1	FramePixelDataPropertiesSequence	Frame Pixel Data Properties Sequence	0
00289444	CS	1	GeometricalProperties	Geometrical Properties	0
00289445	FL	1	GeometricMaximumDistortion	Geometric Maximum Distortion	0
00289446	CS	1-n	ImageProcessingApplied	Image Processing Applied	0
00289454	CS	1	MaskSelectionMode	Mask Selection Mode	0
00289474	CS	1	LUTFunction	LUT Function	0
00289478	FL	1	MaskVisibilityPercentage	Mask Visibility Percentage	0
00289501	SQ	1	PixelShiftSequence	Pixel Shift Sequence	0
00289502	SQ	1	RegionPixelShiftSequence	Region Pixel Shift Sequence	0
00289503	SS	2-2n	VerticesOfTheRegion	Vertices of the Region	0
00289505	SQ	1	MultiFramePresentationSequence	Multi-frame Presentation Sequence	0
00289506	US	2-2n	PixelShiftFrameRange	Pixel Shift Frame Range	0
00289507	US	2-2n	LUTFrameRange	LUT Frame Range	0
00289520	DS	16	ImageToEquipmentMappingMatrix	Image to Equipment Mapping Matrix	0
00289537	CS	1	EquipmentCoordinateSystemIdentification	Equipment Coordinate System Identification	0
0032000A	CS	1	StudyStatusID	Study Status ID	1
0032000C	CS	1	StudyPriorityID	Study Priority ID	1
00320012	LO	1	StudyIDIssuer	Study ID Issuer	1
00320032	DA	1	StudyVerifiedDate	Study Verified Date	1
00320033	TM	1	StudyVerifiedTime	Study Verified Time	1
00320034	DA	1	StudyReadDate	Study Read Date	1
00320035	TM	1	StudyReadTime	Study Read Time	1
00321000	DA	1	ScheduledStudyStartDate	Scheduled Study Start Date	1
00321001	TM	1	ScheduledStudyStartTime	Scheduled Study Start Time	1
00321010	DA	1	ScheduledStudyStopDate	Scheduled Study Stop Date	1
00321011	TM	1	ScheduledStudyStopTime	Scheduled Study Stop Time	1
00321020	LO	1	ScheduledStudyLocation	Scheduled Study Location	1
00321021	AE	1-n	ScheduledStudyLocationAETitle	Scheduled Study Location AE Title	1
00321030	LO	1	ReasonForStudy	Reason for Study	1
00321031	SQ	1	RequestingPhysicianIdentificationSequence	Requesting Physician Identification Sequence	0
00321032	PN	1	RequestingPhysician	Requesting Physician	0
00321033	LO	1	RequestingService	Requesting Service	0
00321034	SQ	1	RequestingServiceCodeSequence	Requesting Service Code Sequence	0
00321040	DA	1	StudyArrivalDate	Study Arrival Date	1
00321041	TM	1	StudyArrivalTime	Study Arrival Time	1
00321050	DA	1	StudyCompletionDate	Study Completion Date	1
00321051	TM	1	StudyCompletionTime	Study Completion Time	1
00321055	CS	1	StudyComponentStatusID	Study Component Status ID	1
00321060	LO	1	RequestedProcedureDescription	Requested Procedure Description	0
00321064	SQ	1	RequestedProcedureCodeSequence	Requested Procedure Code Sequence	0
00321065	SQ	1	RequestedLateralityCodeSequence	Requested Laterality Code Sequence	0
00321066	UT	1	ReasonForVisit	Reason for Visit	0
00321067	SQ	1	ReasonForVisitCodeSequence	Reason for Visit Code Sequence	0
00321070	LO	1	RequestedContrastAgent	Requested Contrast Agent	0
00324000	LT	1	StudyComments	Study Comments	1
00340001	SQ	1	FlowIdentifierSequence	Flow Identifier Sequence	0
00340002	OB	1	FlowIdentifier	Flow Identifier	0
00340003	UI	1	FlowTransferSyntaxUID	Flow Transfer Syntax UID	0
00340004	UL	1	FlowRTPSamplingRate	Flow RTP Sampling Rate	0
00340005	OB	1	SourceIdentifier	Source Identifier	0
00340007	OB	1	FrameOriginTimestamp	Frame Origin Timestamp	0
00340008	CS	1	IncludesImagingSubject	Includes Imaging Subject	0
00340009	SQ	1	FrameUsefulnessGroupSequence	Frame Usefulness Group Sequence	0
0034000A	SQ	1	RealTimeBulkDataFlowSequence	Real-Time Bulk Data Flow Sequence	0
0034000B	SQ	1	CameraPositionGroupSequence	Camera Position Group Sequence	0
0034000C	CS	1	IncludesInformation	Includes Information	0
0034000D	SQ	1	TimeOfFrameGroupSequence	Time of Frame Group Sequence	0
00380004	SQ	1	ReferencedPatientAliasSequence	Referenced Patient Alias Sequence	1
00380008	CS	1	VisitStatusID	Visit Status ID	0
00380010	LO	1	AdmissionID	Admission ID	0
00380011	LO	1	IssuerOfAdmissionID	Issuer of Admission ID	1
00380014	SQ	1	IssuerOfAdmissionIDSequence	Issuer of Admission ID Sequence	0
00380016	LO	1	RouteOfAdmissions	Route of Admissions	0
0038001A	DA	1	ScheduledAdmissionDate	Scheduled Admission Date	1
0038001B	TM	1	ScheduledAdmissionTime	Scheduled Admission Time	1
0038001C	DA	1	ScheduledDischargeDate	Scheduled Discharge Date	1
0038001D	TM	1	ScheduledDischargeTime	Scheduled Discharge Time	1
0038001E	LO	1	ScheduledPatientInstitutionResidence	Scheduled Patient Institution Residence	1
00380020	DA	1	AdmittingDate	Admitting Date	0
00380021	TM	1	AdmittingTime	Admitting Time	0
00380030	DA	1	DischargeDate	Discharge Date	1
00380032	TM	1	DischargeTime	Discharge Time	1
00380040	LO	1	DischargeDiagnosisDescription	Discharge Diagnosis Description	1
00380044	SQ	1	DischargeDiagnosisCodeSequence	Discharge Diagnosis Code Sequence	1
00380050	LO	1	SpecialNeeds	Special Needs	0
00380060	LO	1	ServiceEpisodeID	Service Episode ID	0
00380061	LO	1	IssuerOfServiceEpisodeID	Issuer of Service Episode ID	1
00380062	LO	1	ServiceEpisodeDescription	Service Episode Description	0
00380064	SQ	1	IssuerOfServiceEpisodeIDSequence	Issuer of Service Episode ID Sequence	0
00380100	SQ	1	PertinentDocumentsSequence	Pertinent Documents Sequence	0
00380101	SQ	1	PertinentResourcesSequence	Pertinent Resources Sequence	0
00380102	LO	1	ResourceDescription	Resource Description	0
00380300	LO	1	CurrentPatientLocation	Current Patient Location	0
00380400	LO	1	PatientInstitutionResidence	Patient's Institution Residence	0
00380500	LO	1	PatientState	Patient State	0
00380502	SQ	1	PatientClinicalTrialParticipationSequence	Patient Clinical Trial Participation Sequence	0
00384000	LT	1	VisitComments	Visit Comments	0
003A0004	CS	1	WaveformOriginality	Waveform Originality	0
003A0005	US	1	NumberOfWaveformChannels	Number of Waveform Channels	0
003A0010	UL	1	NumberOfWaveformSamples	Number of Waveform Samples	0
003A001A	DS	1	SamplingFrequency	Sampling Frequency	0
003A0020	SH	1	MultiplexGroupLabel	Multiplex Group Label	0
003A0200	SQ	1	ChannelDefinitionSequence	Channel Definition Sequence	0
003A0202	IS	1	WaveformChannelNumber	Waveform Channel Number	0
003A0203	SH	1	ChannelLabel	Channel Label	0
003A0205	CS	1-n	ChannelStatus	Channel Status	0
003A0208	SQ	1	ChannelSourceSequence	Channel Source Sequence	0
003A0209	SQ	1	ChannelSourceModifiersSequence	Channel Source Modifiers Sequence	0
003A020A	SQ	1	SourceWaveformSequence	Source Waveform Sequence	0
003A020C	LO	1	ChannelDerivationDescription	Channel Derivation Description	0
003A0210	DS	1	ChannelSensitivity	Channel Sensitivity	0
003A0211	SQ	1	ChannelSensitivityUnitsSequence	Channel Sensitivity Units Sequence	0
003A0212	DS	1	ChannelSensitivityCorrectionFactor	Channel Sensitivity Correction Factor	0
003A0213	DS	1	ChannelBaseline	Channel Baseline	0
003A0214	DS	1	ChannelTimeSkew	Channel Time Skew	0
003A0215	DS	1	ChannelSampleSkew	Channel Sample Skew	0
003A0218	DS	1	ChannelOffset	Channel Offset	0
003A021A	US	1	WaveformBitsStored	Waveform Bits Stored	0
003A0220	DS	1	FilterLowFrequency	Filter Low Frequency	0
003A0221	DS	1	FilterHighFrequency	Filter High Frequency	0
003A0222	DS	1	NotchFilterFrequency	Notch Filter Frequency	0
003A0223	DS	1	NotchFilterBandwidth	Notch Filter Bandwidth	0
003A0230	FL	1	WaveformDataDisplayScale	Waveform Data Display Scale	0
003A0231	US	3	WaveformDisplayBackgroundCIELabValue	Waveform Display Background CIELab Value	0
003A0240	SQ	1	WaveformPresentationGroupSequence	Waveform Presentation Group Sequence	0
003A0241	US	1	PresentationGroupNumber	Presentation Group Number	0
003A0242	SQ	1	ChannelDisplaySequence	Channel Display Sequence	0
003A0244	US	3	ChannelRecommendedDisplayCIELabValue	Channel Recommended Display CIELab Value	0
003A0245	FL	1	ChannelPosition	Channel Position	0
003A0246	CS	1	DisplayShadingFlag	Display Shading Flag	0
003A0247	FL	1	FractionalChannelDisplayScale	Fractional Channel Display Scale	0
003A0248	FL	1	AbsoluteChannelDisplayScale	Absolute Channel Display Scale	0
003A0300	SQ	1	MultiplexedAudioChannelsDescriptionCodeSequence	Multiplexed Audio Channels Description Code Sequence	0
003A0301	IS	1	ChannelIdentificationCode	Channel Identification Code	0
003A0302	CS	1	ChannelMode	Channel Mode	0
003A0310	UI	1	MultiplexGroupUID	Multiplex Group UID	0
003A0311	DS	1	PowerlineFrequency	Powerline Frequency	0
003A0312	SQ	1	ChannelImpedanceSequence	Channel Impedance Sequence	0
003A0313	DS	1	ImpedanceValue	Impedance Value	0
003A0314	DT	1	ImpedanceMeasurementDateTime	Impedance Measurement DateTime	0
003A0315	DS	1	ImpedanceMeasurementFrequency	Impedance Measurement Frequency	0
003A0316	CS	1	ImpedanceMeasurementCurrentType	Impedance Measurement Current Type	0
003A0317	CS	1	WaveformAmplifierType	Waveform Amplifier Type	0
003A0318	SQ	1	FilterLowFrequencyCharacteristicsSequence	Filter Low Frequency Characteristics Sequence	0
003A0319	SQ	1	FilterHighFrequencyCharacteristicsSequence	Filter High Frequency Characteristics Sequence	0
003A0320	SQ	1	SummarizedFilterLookupTable	Summarized Filter Lookup Table Sequence	0
003A0321	SQ	1	NotchFilterCharacteristicsSequence	Notch Filter Characteristics Sequence	0
003A0322	CS	1	WaveformFilterType	Waveform Filter Type	0
003A0323	SQ	1	AnalogFilterCharacteristicsSequence	Analog Filter Characteristics Sequence	0
003A0324	DS	1	AnalogFilterRollOff	Analog Filter Roll Off	0
003A0325	SQ	1	AnalogFilterType	Analog Filter Type Code Sequence	0
003A0326	SQ	1	DigitalFilterCharacteristicsSequence	Digital Filter Characteristics Sequence	0
003A0327	IS	1	DigitalFilterOrder	Digital Filter Order	0
003A0328	SQ	1	DigitalFilterTypeCodeSequence	Digital Filter Type Code Sequence	0
003A0329	ST	1	WaveformFilterDescription	Waveform Filter Description	0
003A032A	SQ	1	FilterLookupTableSequence	Filter Lookup Table Sequence	0
003A032B	ST	1	FilterLookupTableDescription	Filter Lookup Table Description	0
003A032C	SQ	1	FrequencyEncodingCodeSequence	Frequency Encoding Code Sequence	0
003A032D	SQ	1	MagnitudeEncodingCodeSequence	Magnitude Encoding Code Sequence	0
003A032E	OD	1	FilterLookupTableData	Filter Lookup Table Data	0
00400001	AE	1-n	ScheduledStationAETitle	Scheduled Station AE Title	0
00400002	DA	1	ScheduledProcedureStepStartDate	Scheduled Procedure Step Start Date	0
00400003	TM	1	ScheduledProcedureStepStartTime	Scheduled Procedure Step Start Time	0
00400004	DA	1	ScheduledProcedureStepEndDate	Scheduled Procedure Step End Date	0
00400005	TM	1	ScheduledProcedureStepEndTime	Scheduled Procedure Step End Time	0
00400006	PN	1	ScheduledPerformingPhysicianName	Scheduled Performing Physician's Name	0
00400007	LO	1	ScheduledProcedureStepDescription	Scheduled Procedure Step Description	0
00400008	SQ	1	ScheduledProtocolCodeSequence	Scheduled Protocol Code Sequence	0
00400009	SH	1	ScheduledProcedureStepID	Scheduled Procedure Step ID	0
0040000A	SQ	1	StageCodeSequence	Stage Code Sequence	0
0040000B	SQ	1	ScheduledPerformingPhysicianIdentificationSequence	Scheduled Performing Physician Identification Sequence	0
00400010	SH	1-n	ScheduledStationName	Scheduled Station Name	0
00400011	SH	1	ScheduledProcedureStepLocation	Scheduled Procedure Step Location	0
00400012	LO	1	PreMedication	Pre-Medication	0
00400020	CS	1	ScheduledProcedureStepStatus	Scheduled Procedure Step Status	0
00400026	SQ	1	OrderPlacerIdentifierSequence	Order Placer Identifier Sequence	0
00400027	SQ	1	OrderFillerIdentifierSequence	Order Filler Identifier Sequence	0
00400031	UT	1	LocalNamespaceEntityID	Local Namespace Entity ID	0
00400032	UT	1	UniversalEntityID	Universal Entity ID	0
00400033	CS	1	UniversalEntityIDType	Universal Entity ID Type	0
00400035	CS	1	IdentifierTypeCode	Identifier Type Code	0
00400036	SQ	1	AssigningFacilitySequence	Assigning Facility Sequence	0
00400039	SQ	1	AssigningJurisdictionCodeSequence	Assigning Jurisdiction Code Sequence	0
0040003A	SQ	1	AssigningAgencyOrDepartmentCodeSequence	Assigning Agency or Department Code Sequence	0
00400100	SQ	1	ScheduledProcedureStepSequence	Scheduled Procedure Step Sequence	0
00400220	SQ	1	ReferencedNonImageCompositeSOPInstanceSequence	Referenced Non-Image Composite SOP Instance Sequence	0
00400241	AE	1	PerformedStationAETitle	Performed Station AE Title	0
00400242	SH	1	PerformedStationName	Performed Station Name	0
00400243	SH	1	PerformedLocation	Performed Location	0
00400244	DA	1	PerformedProcedureStepStartDate	Performed Procedure Step Start Date	0
00400245	TM	1	PerformedProcedureStepStartTime	Performed Procedure Step Start Time	0
00400250	DA	1	PerformedProcedureStepEndDate	Performed Procedure Step End Date	0
00400251	TM	1	PerformedProcedureStepEndTime	Performed Procedure Step End Time	0
00400252	CS	1	PerformedProcedureStepStatus	Performed Procedure Step Status	0
00400253	SH	1	PerformedProcedureStepID	Performed Procedure Step ID	0
00400254	LO	1	PerformedProcedureStepDescription	Performed Procedure Step Description	0
00400255	LO	1	PerformedProcedureTypeDescription	Performed Procedure Type Description	0
00400260	SQ	1	PerformedProtocolCodeSequence	Performed Protocol Code Sequence	0
00400261	CS	1	PerformedProtocolType	Performed Protocol Type	0
00400270	SQ	1	ScheduledStepAttributesSequence	Scheduled Step Attributes Sequence	0
00400275	SQ	1	RequestAttributesSequence	Request Attributes Sequence	0
00400280	ST	1	CommentsOnThePerformedProcedureStep	Comments on the Performed Procedure Step	0
00400281	SQ	1	PerformedProcedureStepDiscontinuationReasonCodeSequence	Performed Procedure Step Discontinuation Reason Code Sequence	0
00400293	SQ	1	QuantitySequence	Quantity Sequence	0
00400294	DS	1	Quantity	Quantity	0
00400295	SQ	1	MeasuringUnitsSequence	Measuring Units Sequence	0
00400296	SQ	1	BillingItemSequence	Billing Item Sequence	0
00400300	US	1	TotalTimeOfFluoroscopy	Total Time of Fluoroscopy	1
00400301	US	1	TotalNumberOfExposures	Total Number of Exposures	1
00400302	US	1	EntranceDose	Entrance Dose	0
00400303	US	1-2	ExposedArea	Exposed Area	0
00400306	DS	1	DistanceSourceToEntrance	Distance Source to Entrance	0
00400307	DS	1	DistanceSourceToSupport	Distance Source to Support	1
0040030E	SQ	1	ExposureDoseSequence	Exposure Dose Sequence	1
00400310	ST	1	CommentsOnRadiationDose	Comments on Radiation Dose	0
00400312	DS	1	XRayOutput	X-Ray Output	0
00400314	DS	1	HalfValueLayer	Half Value Layer	0
00400316	DS	1	OrganDose	Organ Dose	0
00400318	CS	1	OrganExposed	Organ Exposed	0
00400320	SQ	1	BillingProcedureStepSequence	Billing Procedure Step Sequence	0
00400321	SQ	1	FilmConsumptionSequence	Film Consumption Sequence	0
00400324	SQ	1	BillingSuppliesAndDevicesSequence	Billing Supplies and Devices Sequence	0
00400330	SQ	1	ReferencedProcedureStepSequence	Referenced Procedure Step Sequence	1
00400340	SQ	1	PerformedSeriesSequence	Performed Series Sequence	0
00400400	LT	1	CommentsOnTheScheduledProcedureStep	Comments on the Scheduled Procedure Step	0
00400440	SQ	1	ProtocolContextSequence	Protocol Context Sequence	0
00400441	SQ	1	ContentItemModifierSequence	Content Item Modifier Sequence	0
00400500	SQ	1	ScheduledSpecimenSequence	Scheduled Specimen Sequence	0
0040050A	LO	1	SpecimenAccessionNumber	Specimen Accession Number	1
00400512	LO	1	ContainerIdentifier	Container Identifier	0
00400513	SQ	1	IssuerOfTheContainerIdentifierSequence	Issuer of the Container Identifier Sequence	0
00400515	SQ	1	AlternateContainerIdentifierSequence	Alternate Container Identifier Sequence	0
00400518	SQ	1	ContainerTypeCodeSequence	Container Type Code Sequence	0
0040051A	LO	1	ContainerDescription	Container Description	0
00400520	SQ	1	ContainerComponentSequence	Container Component Sequence	0
00400550	SQ	1	SpecimenSequence	Specimen Sequence	1
00400551	LO	1	SpecimenIdentifier	Specimen Identifier	0
00400552	SQ	1	SpecimenDescriptionSequenceTrial	Specimen Description Sequence (Trial)	1
00400553	ST	1	SpecimenDescriptionTrial	Specimen Description (Trial)	1
00400554	UI	1	SpecimenUID	Specimen UID	0
00400555	SQ	1	AcquisitionContextSequence	Acquisition Context Sequence	0
00400556	ST	1	AcquisitionContextDescription	Acquisition Context Description	0
00400560	SQ	1	SpecimenDescriptionSequence	Specimen Description Sequence	0
00400562	SQ	1	IssuerOfTheSpecimenIdentifierSequence	Issuer of the Specimen Identifier Sequence	0
0040059A	SQ	1	SpecimenTypeCodeSequence	Specimen Type Code Sequence	0
00400600	LO	1	SpecimenShortDescription	Specimen Short Description	0
00400602	UT	1	SpecimenDetailedDescription	Specimen Detailed Description	0
00400610	SQ	1	SpecimenPreparationSequence	Specimen Preparation Sequence	0
00400612	SQ	1	SpecimenPreparationStepContentItemSequence	Specimen Preparation Step Content Item Sequence	0
00400620	SQ	1	SpecimenLocalizationContentItemSequence	Specimen Localization Content Item Sequence	0
004006FA	LO	1	SlideIdentifier	Slide Identifier	1
00400710	SQ	1	WholeSlideMicroscopyImageFrameTypeSequence	Whole Slide Microscopy Image Frame Type Sequence	0
0040071A	SQ	1	ImageCenterPointCoordinatesSequence	Image Center Point Coordinates Sequence	0
0040072A	DS	1	XOffsetInSlideCoordinateSystem	X Offset in Slide Coordinate System	0
0040073A	DS	1	YOffsetInSlideCoordinateSystem	Y Offset in Slide Coordinate System	0
0040074A	DS	1	ZOffsetInSlideCoordinateSystem	Z Offset in Slide Coordinate System	0
004008D8	SQ	1	PixelSpacingSequence	Pixel Spacing Sequence	1
004008DA	SQ	1	CoordinateSystemAxisCodeSequence	Coordinate System Axis Code Sequence	1
004008EA	SQ	1	MeasurementUnitsCodeSequence	Measurement Units Code Sequence	0
004009F8	SQ	1	VitalStainCodeSequenceTrial	Vital Stain Code Sequence (Trial)	1
00401001	SH	1	RequestedProcedureID	Requested Procedure ID	0
00401002	LO	1	ReasonForTheRequestedProcedure	Reason for the Requested Procedure	0
00401003	SH	1	RequestedProcedurePriority	Requested Procedure Priority	0
00401004	LO	1	PatientTransportArrangements	Patient Transport Arrangements	0
00401005	LO	1	RequestedProcedureLocation	Requested Procedure Location	0
00401006	SH	1	PlacerOrderNumberProcedure	Placer Order Number / Procedure	1
00401007	SH	1	FillerOrderNumberProcedure	Filler Order Number / Procedure	1
00401008	LO	1	ConfidentialityCode	Confidentiality Code	0
00401009	SH	1	ReportingPriority	Reporting Priority	0
0040100A	SQ	1	ReasonForRequestedProcedureCodeSequence	Reason for Requested Procedure Code Sequence	0
00401010	PN	1-n	NamesOfIntendedRecipientsOfResults	Names of Intended Recipients of Results	0
00401011	SQ	1	IntendedRecipientsOfResultsIdentificationSequence	Intended Recipients of Results Identification Sequence	0
00401012	SQ	1	ReasonForPerformedProcedureCodeSequence	Reason For Performed Procedure Code Sequence	0
00401060	LO	1	RequestedProcedureDescriptionTrial	Requested Procedure Description (Trial)	1
00401101	SQ	1	PersonIdentificationCodeSequence	Person Identification Code Sequence	0
00401102	ST	1	PersonAddress	Person's Address	0
00401103	LO	1-n	PersonTelephoneNumbers	Person's Telephone Numbers	0
00401104	LT	1	PersonTelecomInformation	Person's Telecom Information	0
00401400	LT	1	RequestedProcedureComments	Requested Procedure Comments	0
00402001	LO	1	ReasonForTheImagingServiceRequest	Reason for the Imaging Service Request	1
00402004	DA	1	IssueDateOfImagingServiceRequest	Issue Date of Imaging Service Request	0
00402005	TM	1	IssueTimeOfImagingServiceRequest	Issue Time of Imaging Service Request	0
00402006	SH	1	PlacerOrderNumberImagingServiceRequestRetired	Placer Order Number / Imaging Service Request (Retired)	1
00402007	SH	1	FillerOrderNumberImagingServiceRequestRetired	Filler Order Number / Imaging Service Request (Retired)	1
00402008	PN	1	OrderEnteredBy	Order Entered By	0
00402009	SH	1	OrderEntererLocation	Order Enterer's Location	0
00402010	SH	1	OrderCallbackPhoneNumber	Order Callback Phone Number	0
00402011	LT	1	OrderCallbackTelecomInformation	Order Callback Telecom Information	0
00402016	LO	1	PlacerOrderNumberImagingServiceRequest	Placer Order Number / Imaging Service Request	0
00402017	LO	1	FillerOrderNumberImagingServiceRequest	Filler Order Number / Imaging Service Request	0
00402400	LT	1	ImagingServiceRequestComments	Imaging Service Request Comments	0
00403001	LO	1	ConfidentialityConstraintOnPatientDataDescription	Confidentiality Constraint on Patient Data Description	0
00404001	CS	1	GeneralPurposeScheduledProcedureStepStatus	General Purpose Scheduled Procedure Step Status	1
00404002	CS	1	GeneralPurposePerformedProcedureStepStatus	General Purpose Performed Procedure Step Status	1
00404003	CS	1	GeneralPurposeScheduledProcedureStepPriority	General Purpose Scheduled Procedure Step Priority	1
00404004	SQ	1	ScheduledProcessingApplicationsCodeSequence	Scheduled Processing Applications Code Sequence	1
00404005	DT	1	ScheduledProcedureStepStartDateTime	Scheduled Procedure Step Start DateTime	0
00404006	CS	1	MultipleCopiesFlag	Multiple Copies Flag	1
00404007	SQ	1	PerformedProcessingApplicationsCodeSequence	Performed Processing Applications Code Sequence	1
00404008	DT	1	ScheduledProcedureStepExpirationDateTime	Scheduled Procedure Step Expiration DateTime	0
00404009	SQ	1	HumanPerformerCodeSequence	Human Performer Code Sequence	0
00404010	DT	1	ScheduledProcedureStepModificationDateTime	Scheduled Procedure Step Modification DateTime	0
00404011	DT	1	ExpectedCompletionDateTime	Expected Completion DateTime	0
00404015	SQ	1	ResultingGeneralPurposePerformedProcedureStepsSequence	Resulting General Purpose Performed Procedure Steps Sequence	1
00404016	SQ	1	ReferencedGeneralPurposeScheduledProcedureStepSequence	Referenced General Purpose Scheduled Procedure Step Sequence	1
00404018	SQ	1	ScheduledWorkitemCodeSequence	Scheduled Workitem Code Sequence	0
00404019	SQ	1	PerformedWorkitemCodeSequence	Performed Workitem Code Sequence	0
00404020	CS	1	InputAvailabilityFlag	Input Availability Flag	1
00404021	SQ	1	InputInformationSequence	Input Information Sequence	0
00404022	SQ	1	RelevantInformationSequence	Relevant Information Sequence	1
00404023	UI	1	ReferencedGeneralPurposeScheduledProcedureStepTransactionUID	Referenced General Purpose Scheduled Procedure Step Transaction UID	1
00404025	SQ	1	ScheduledStationNameCodeSequence	Scheduled Station Name Code Sequence	0
00404026	SQ	1	ScheduledStationClassCodeSequence	Scheduled Station Class Code Sequence	0
00404027	SQ	1	ScheduledStationGeographicLocationCodeSequence	Scheduled Station Geographic Location Code Sequence	0
00404028	SQ	1	PerformedStationNameCodeSequence	Performed Station Name Code Sequence	0
00404029	SQ	1	PerformedStationClassCodeSequence	Performed Station Class Code Sequence	0
00404030	SQ	1	PerformedStationGeographicLocationCodeSequence	Performed Station Geographic Location Code Sequence	0
00404031	SQ	1	RequestedSubsequentWorkitemCodeSequence	Requested Subsequent Workitem Code Sequence	1
00404032	SQ	1	NonDICOMOutputCodeSequence	Non-DICOM Output Code Sequence	1
00404033	SQ	1	OutputInformationSequence	Output Information Sequence	0
00404034	SQ	1	ScheduledHumanPerformersSequence	Scheduled Human Performers Sequence	0
00404035	SQ	1	ActualHumanPerformersSequence	Actual Human Performers Sequence	0
00404036	LO	1	HumanPerformerOrganization	Human Performer's Organization	0
00404037	PN	1	HumanPerformerName	Human Performer's Name	0
00404040	CS	1	RawDataHandling	Raw Data Handling	0
00404041	CS	1	InputReadinessState	Input Readiness State	0
00404050	DT	1	PerformedProcedureStepStartDateTime	Performed Procedure Step Start DateTime	0
00404051	DT	1	PerformedProcedureStepEndDateTime	Performed Procedure Step End DateTime	0
00404052	DT	1	ProcedureStepCancellationDateTime	Procedure Step Cancellation DateTime	0
00404070	SQ	1	OutputDestinationSequence	Output Destination Sequence	0
00404071	SQ	1	DICOMStorageSequence	DICOM Storage Sequence	0
00404072	SQ	1	STOWRSStorageSequence	STOW-RS Storage Sequence	0
00404073	UR	1	StorageURL	Storage URL	0
00404074	SQ	1	XDSStorageSequence	XDS Storage Sequence	0
00408302	DS	1	EntranceDoseInmGy	Entrance Dose in mGy	0
00408303	CS	1	EntranceDoseDerivation	Entrance Dose Derivation	0
00409092	SQ	1	ParametricMapFrameTypeSequence	Parametric Map Frame Type Sequence	0
00409094	SQ	1	ReferencedImageRealWorldValueMappingSequence	Referenced Image Real World Value Mapping Sequence	0
00409096	SQ	1	RealWorldValueMappingSequence	Real World Value Mapping Sequence	0
00409098	SQ	1	PixelValueMappingCodeSequence	Pixel Value Mapping Code Sequence	0
00409210	SH	1	LUTLabel	LUT Label	0
00409211	US or SS	1	RealWorldValueLastValueMapped	Real World Value Last Value Mapped	0
00409212	FD	1-n	RealWorldValueLUTData	Real World Value LUT Data	0
00409213	FD	1	DoubleFloatRealWorldValueLastValueMapped	Double Float Real World Value Last Value Mapped	0
00409214	FD	1	DoubleFloatRealWorldValueFirstValueMapped	Double Float Real World Value First Value Mapped	0
00409216	US or SS	1	RealWorldValueFirstValueMapped	Real World Value First Value Mapped	0
00409220	SQ	1	QuantityDefinitionSequence	Quantity Definition Sequence	0
00409224	FD	1	RealWorldValueIntercept	Real World Value Intercept	0
00409225	FD	1	RealWorldValueSlope	Real World Value Slope	0
0040A007	CS	1	FindingsFlagTrial	Findings Flag (Trial)	1
0040A010	CS	1	RelationshipType	Relationship Type	0
0040A020	SQ	1	FindingsSequenceTrial	Findings Sequence (Trial)	1
0040A021	UI	1	FindingsGroupUIDTrial	Findings Group UID (Trial)	1
0040A022	UI	1	ReferencedFindingsGroupUIDTrial	Referenced Findings Group UID (Trial)	1
0040A023	DA	1	FindingsGroupRecordingDateTrial	Findings Group Recording Date (Trial)	1
0040A024	TM	1	FindingsGroupRecordingTimeTrial	Findings Group Recording Time (Trial)	1
0040A026	SQ	1	FindingsSourceCategoryCodeSequenceTrial	Findings Source Category Code Sequence (Trial)	1
0040A027	LO	1	VerifyingOrganization	Verifying Organization	0
0040A028	SQ	1	DocumentingOrganizationIdentifierCodeSequenceTrial	Documenting Organization Identifier Code Sequence (Trial)	1
0040A030	DT	1	VerificationDateTime	Verification DateTime	0
0040A032	DT	1	ObservationDateTime	Observation DateTime	0
0040A033	DT	1	ObservationStartDateTime	Observation Start DateTime	0
0040A040	CS	1	ValueType	Value Type	0
0040A043	SQ	1	ConceptNameCodeSequence	Concept Name Code Sequence	0
0040A047	LO	1	MeasurementPrecisionDescriptionTrial	Measurement Precision Description (Trial)	1
0040A050	CS	1	ContinuityOfContent	Continuity Of Content	0
0040A057	CS	1-n	UrgencyOrPriorityAlertsTrial	Urgency or Priority Alerts (Trial)	1
0040A060	LO	1	SequencingIndicatorTrial	Sequencing Indicator (Trial)	1
0040A066	SQ	1	DocumentIdentifierCodeSequenceTrial	Document Identifier Code Sequence (Trial)	1
0040A067	PN	1	DocumentAuthorTrial	Document Author (Trial)	1
0040A068	SQ	1	DocumentAuthorIdentifierCodeSequenceTrial	Document Author Identifier Code Sequence (Trial)	1
0040A070	SQ	1	IdentifierCodeSequenceTrial	Identifier Code Sequence (Trial)	1
0040A073	SQ	1	VerifyingObserverSequence	Verifying Observer Sequence	0
0040A074	OB	1	ObjectBinaryIdentifierTrial	Object Binary Identifier (Trial)	1
0040A075	PN	1	VerifyingObserverName	Verifying Observer Name	0
0040A076	SQ	1	DocumentingObserverIdentifierCodeSequenceTrial	Documenting Observer Identifier Code Sequence (Trial)	1
0040A078	SQ	1	AuthorObserverSequence	Author Observer Sequence	0
0040A07A	SQ	1	ParticipantSequence	Participant Sequence	0
0040A07C	SQ	1	CustodialOrganizationSequence	Custodial Organization Sequence	0
0040A080	CS	1	ParticipationType	Participation Type	0
0040A082	DT	1	ParticipationDateTime	Participation DateTime	0
0040A084	CS	1	ObserverType	Observer Type	0
0040A085	SQ	1	ProcedureIdentifierCodeSequenceTrial	Procedure Identifier Code Sequence (Trial)	1
0040A088	SQ	1	VerifyingObserverIdentificationCodeSequence	Verifying Observer Identification Code Sequence	0
0040A089	OB	1	ObjectDirectoryBinaryIdentifierTrial	Object Directory Binary Identifier (Trial)	1
0040A090	SQ	1	EquivalentCDADocumentSequence	Equivalent CDA Document Sequence	1
0040A0B0	US	2-2n	ReferencedWaveformChannels	Referenced Waveform Channels	0
0040A110	DA	1	DateOfDocumentOrVerbalTransactionTrial	Date of Document or Verbal Transaction (Trial)	1
0040A112	TM	1	TimeOfDocumentCreationOrVerbalTransactionTrial	Time of Document Creation or Verbal Transaction (Trial)	1
0040A120	DT	1	DateTime	DateTime	0
0040A121	DA	1	Date	Date	0
0040A122	TM	1	Time	Time	0
0040A123	PN	1	PersonName	Person Name	0
0040A124	UI	1	UID	UID	0
0040A125	CS	2	ReportStatusIDTrial	Report Status ID (Trial)	1
0040A130	CS	1	TemporalRangeType	Temporal Range Type	0
0040A132	UL	1-n	ReferencedSamplePositions	Referenced Sample Positions	0
0040A136	US	1-n	ReferencedFrameNumbers	Referenced Frame Numbers	1
0040A138	DS	1-n	ReferencedTimeOffsets	Referenced Time Offsets	0
0040A13A	DT	1-n	ReferencedDateTime	Referenced DateTime	0
0040A160	UT	1	TextValue	Text Value	0
0040A161	FD	1-n	FloatingPointValue	Floating Point Value	0
0040A162	SL	1-n	RationalNumeratorValue	Rational Numerator Value	0
0040A163	UL	1-n	RationalDenominatorValue	Rational Denominator Value	0
0040A167	SQ	1	ObservationCategoryCodeSequenceTrial	Observation Category Code Sequence (Trial)	1
0040A168	SQ	1	ConceptCodeSequence	Concept Code Sequence	0
0040A16A	ST	1	BibliographicCitationTrial	Bibliographic Citation (Trial)	1
0040A170	SQ	1	PurposeOfReferenceCodeSequence	Purpose of Reference Code Sequence	0
0040A171	UI	1	ObservationUID	Observation UID	0
0040A172	UI	1	ReferencedObservationUIDTrial	Referenced Observation UID (Trial)	1
0040A173	CS	1	ReferencedObservationClassTrial	Referenced Observation Class (Trial)	1
0040A174	CS	1	ReferencedObjectObservationClassTrial	Referenced Object Observation Class (Trial)	1
0040A180	US	1	AnnotationGroupNumber	Annotation Group Number	0
0040A192	DA	1	ObservationDateTrial	Observation Date (Trial)	1
0040A193	TM	1	ObservationTimeTrial	Observation Time (Trial)	1
0040A194	CS	1	MeasurementAutomationTrial	Measurement Automation (Trial)	1
0040A195	SQ	1	ModifierCodeSequence	Modifier Code Sequence	0
0040A224	ST	1	IdentificationDescriptionTrial	Identification Description (Trial)	1
0040A290	CS	1	CoordinatesSetGeometricTypeTrial	Coordinates Set Geometric Type (Trial)	1
0040A296	SQ	1	AlgorithmCodeSequenceTrial	Algorithm Code Sequence (Trial)	1
0040A297	ST	1	AlgorithmDescriptionTrial	Algorithm Description (Trial)	1
0040A29A	SL	2-2n	PixelCoordinatesSetTrial	Pixel Coordinates Set (Trial)	1
0040A300	SQ	1	MeasuredValueSequence	Measured Value Sequence	0
0040A301	SQ	1	NumericValueQualifierCodeSequence	Numeric Value Qualifier Code Sequence	0
0040A307	PN	1	CurrentObserverTrial	Current Observer (Trial)	1
0040A30A	DS	1-n	NumericValue	Numeric Value	0
0040A313	SQ	1	ReferencedAccessionSequenceTrial	Referenced Accession Sequence (Trial)	1
0040A33A	ST	1	ReportStatusCommentTrial	Report Status Comment (Trial)	1
0040A340	SQ	1	ProcedureContextSequenceTrial	Procedure Context Sequence (Trial)	1
0040A352	PN	1	VerbalSourceTrial	Verbal Source (Trial)	1
0040A353	ST	1	AddressTrial	Address (Trial)	1
0040A354	LO	1	TelephoneNumberTrial	Telephone Number (Trial)	1
0040A358	SQ	1	VerbalSourceIdentifierCodeSequenceTrial	Verbal Source Identifier Code Sequence (Trial)	1
0040A360	SQ	1	PredecessorDocumentsSequence	Predecessor Documents Sequence	0
0040A370	SQ	1	ReferencedRequestSequence	Referenced Request Sequence	0
0040A372	SQ	1	PerformedProcedureCodeSequence	Performed Procedure Code Sequence	0
0040A375	SQ	1	CurrentRequestedProcedureEvidenceSequence	Current Requested Procedure Evidence Sequence	0
0040A380	SQ	1	ReportDetailSequenceTrial	Report Detail Sequence (Trial)	1
0040A385	SQ	1	PertinentOtherEvidenceSequence	Pertinent Other Evidence Sequence	0
0040A390	SQ	1	HL7StructuredDocumentReferenceSequence	HL7 Structured Document Reference Sequence	0
0040A402	UI	1	ObservationSubjectUIDTrial	Observation Subject UID (Trial)	1
0040A403	CS	1	ObservationSubjectClassTrial	Observation Subject Class (Trial)	1
0040A404	SQ	1	ObservationSubjectTypeCodeSequenceTrial	Observation Subject Type Code Sequence (Trial)	1
0040A491	CS	1	CompletionFlag	Completion Flag	0
0040A492	LO	1	CompletionFlagDescription	Completion Flag Description	0
0040A493	CS	1	VerificationFlag	Verification Flag	0
0040A494	CS	1	ArchiveRequested	Archive Requested	0
0040A496	CS	1	PreliminaryFlag	Preliminary Flag	0
0040A504	SQ	1	ContentTemplateSequence	Content Template Sequence	0
0040A525	SQ	1	IdenticalDocumentsSequence	Identical Documents Sequence	0
0040A600	CS	1	ObservationSubjectContextFlagTrial	Observation Subject Context Flag (Trial)	1
0040A601	CS	1	ObserverContextFlagTrial	Observer Context Flag (Trial)	1
0040A603	CS	1	ProcedureContextFlagTrial	Procedure Context Flag (Trial)	1
0040A730	SQ	1	ContentSequence	Content Sequence	0
0040A731	SQ	1	RelationshipSequenceTrial	Relationship Sequence (Trial)	1
0040A732	SQ	1	RelationshipTypeCodeSequenceTrial	Relationship Type Code Sequence (Trial)	1
0040A744	SQ	1	LanguageCodeSequenceTrial	Language Code Sequence (Trial)	1
0040A801	SQ	1	TabulatedValuesSequence	Tabulated Values Sequence	0
0040A802	UL	1	NumberOfTableRows	Number of Table Rows	0
0040A803	UL	1	NumberOfTableColumns	Number of Table Columns	0
0040A804	UL	1	TableRowNumber	Table Row Number	0
0040A805	UL	1	TableColumnNumber	Table Column Number	0
0040A806	SQ	1	TableRowDefinitionSequence	Table Row Definition Sequence	0
0040A807	SQ	1	TableColumnDefinitionSequence	Table Column Definition Sequence	0
0040A808	SQ	1	CellValuesSequence	Cell Values Sequence	0
0040A992	ST	1	UniformResourceLocatorTrial	Uniform Resource Locator (Trial)	1
0040B020	SQ	1	WaveformAnnotationSequence	Waveform Annotation Sequence	0
0040DB00	CS	1	TemplateIdentifier	Template Identifier	0
0040DB06	DT	1	TemplateVersion	Template Version	1
0040DB07	DT	1	TemplateLocalVersion	Template Local Version	1
0040DB0B	CS	1	TemplateExtensionFlag	Template Extension Flag	1
0040DB0C	UI	1	TemplateExtensionOrganizationUID	Template Extension Organization UID	1
0040DB0D	UI	1	TemplateExtensionCreatorUID	Template Extension Creator UID	1
0040DB73	UL	1-n	ReferencedContentItemIdentifier	Referenced Content Item Identifier	0
0040E001	ST	1	HL7InstanceIdentifier	HL7 Instance Identifier	0
0040E004	DT	1	HL7DocumentEffectiveTime	HL7 Document Effective Time	0
0040E006	SQ	1	HL7DocumentTypeCodeSequence	HL7 Document Type Code Sequence	0
0040E008	SQ	1	DocumentClassCodeSequence	Document Class Code Sequence	0
0040E010	UR	1	RetrieveURI	Retrieve URI	0
0040E011	UI	1	RetrieveLocationUID	Retrieve Location UID	0
0040E020	CS	1	TypeOfInstances	Type of Instances	0
0040E021	SQ	1	DICOMRetrievalSequence	DICOM Retrieval Sequence	0
0040E022	SQ	1	DICOMMediaRetrievalSequence	DICOM Media Retrieval Sequence	0
0040E023	SQ	1	WADORetrievalSequence	WADO Retrieval Sequence	0
0040E024	SQ	1	XDSRetrievalSequence	XDS Retrieval Sequence	0
0040E025	SQ	1	WADORSRetrievalSequence	WADO-RS Retrieval Sequence	0
0040E030	UI	1	RepositoryUniqueID	Repository Unique ID	0
0040E031	UI	1	HomeCommunityID	Home Community ID	0
00420010	ST	1	DocumentTitle	Document Title	0
00420011	OB	1	EncapsulatedDocument	Encapsulated Document	0
00420012	LO	1	MIMETypeOfEncapsulatedDocument	MIME Type of Encapsulated Document	0
00420013	SQ	1	SourceInstanceSequence	Source Instance Sequence	0
00420014	LO	1-n	ListOfMIMETypes	List of MIME Types	0
00420015	UL	1	EncapsulatedDocumentLength	Encapsulated Document Length	0
00440001	ST	1	ProductPackageIdentifier	Product Package Identifier	0
00440002	CS	1	SubstanceAdministrationApproval	Substance Administration Approval	0
00440003	LT	1	ApprovalStatusFurtherDescription	Approval Status Further Description	0
00440004	DT	1	ApprovalStatusDateTime	Approval Status DateTime	0
00440007	SQ	1	ProductTypeCodeSequence	Product Type Code Sequence	0
00440008	LO	1-n	ProductName	Product Name	0
00440009	LT	1	ProductDescription	Product Description	0
0044000A	LO	1	ProductLotIdentifier	Product Lot Identifier	0
0044000B	DT	1	ProductExpirationDateTime	Product Expiration DateTime	0
00440010	DT	1	SubstanceAdministrationDateTime	Substance Administration DateTime	0
00440011	LO	1	SubstanceAdministrationNotes	Substance Administration Notes	0
00440012	LO	1	SubstanceAdministrationDeviceID	Substance Administration Device ID	0
00440013	SQ	1	ProductParameterSequence	Product Parameter Sequence	0
00440019	SQ	1	SubstanceAdministrationParameterSequence	Substance Administration Parameter Sequence	0
00440100	SQ	1	ApprovalSequence	Approval Sequence	0
00440101	SQ	1	AssertionCodeSequence	Assertion Code Sequence	0
00440102	UI	1	AssertionUID	Assertion UID	0
00440103	SQ	1	AsserterIdentificationSequence	Asserter Identification Sequence	0
00440104	DT	1	AssertionDateTime	Assertion DateTime	0
00440105	DT	1	AssertionExpirationDateTime	Assertion Expiration DateTime	0
00440106	UT	1	AssertionComments	Assertion Comments	0
00440107	SQ	1	RelatedAssertionSequence	Related Assertion Sequence	0
00440108	UI	1	ReferencedAssertionUID	Referenced Assertion UID	0
00440109	SQ	1	ApprovalSubjectSequence	Approval Subject Sequence	0
0044010A	SQ	1	OrganizationalRoleCodeSequence	Organizational Role Code Sequence	0
00460012	LO	1	LensDescription	Lens Description	0
00460014	SQ	1	RightLensSequence	Right Lens Sequence	0
00460015	SQ	1	LeftLensSequence	Left Lens Sequence	0
00460016	SQ	1	UnspecifiedLateralityLensSequence	Unspecified Laterality Lens Sequence	0
00460018	SQ	1	CylinderSequence	Cylinder Sequence	0
00460028	SQ	1	PrismSequence	Prism Sequence	0
00460030	FD	1	HorizontalPrismPower	Horizontal Prism Power	0
00460032	CS	1	HorizontalPrismBase	Horizontal Prism Base	0
00460034	FD	1	VerticalPrismPower	Vertical Prism Power	0
00460036	CS	1	VerticalPrismBase	Vertical Prism Base	0
00460038	CS	1	LensSegmentType	Lens Segment Type	0
00460040	FD	1	OpticalTransmittance	Optical Transmittance	0
00460042	FD	1	ChannelWidth	Channel Width	0
00460044	FD	1	PupilSize	Pupil Size	0
00460046	FD	1	CornealSize	Corneal Size	0
00460047	SQ	1	CornealSizeSequence	Corneal Size Sequence	0
00460050	SQ	1	AutorefractionRightEyeSequence	Autorefraction Right Eye Sequence	0
00460052	SQ	1	AutorefractionLeftEyeSequence	Autorefraction Left Eye Sequence	0
00460060	FD	1	DistancePupillaryDistance	Distance Pupillary Distance	0
00460062	FD	1	NearPupillaryDistance	Near Pupillary Distance	0
00460063	FD	1	IntermediatePupillaryDistance	Intermediate Pupillary Distance	0
00460064	FD	1	OtherPupillaryDistance	Other Pupillary Distance	0
00460070	SQ	1	KeratometryRightEyeSequence	Keratometry Right Eye Sequence	0
00460071	SQ	1	KeratometryLeftEyeSequence	Keratometry Left Eye Sequence	0
00460074	SQ	1	SteepKeratometricAxisSequence	Steep Keratometric Axis Sequence	0
00460075	FD	1	RadiusOfCurvature	Radius of Curvature	0
00460076	FD	1	KeratometricPower	Keratometric Power	0
00460077	FD	1	KeratometricAxis	Keratometric Axis	0
00460080	SQ	1	FlatKeratometricAxisSequence	Flat Keratometric Axis Sequence	0
00460092	CS	1	BackgroundColor	Background Color	0
00460094	CS	1	Optotype	Optotype	0
00460095	CS	1	OptotypePresentation	Optotype Presentation	0
00460097	SQ	1	SubjectiveRefractionRightEyeSequence	Subjective Refraction Right Eye Sequence	0
00460098	SQ	1	SubjectiveRefractionLeftEyeSequence	Subjective Refraction Left Eye Sequence	0
00460100	SQ	1	AddNearSequence	Add Near Sequence	0
00460101	SQ	1	AddIntermediateSequence	Add Intermediate Sequence	0
00460102	SQ	1	AddOtherSequence	Add Other Sequence	0
00460104	FD	1	AddPower	Add Power	0
00460106	FD	1	ViewingDistance	Viewing Distance	0
00460110	SQ	1	CorneaMeasurementsSequence	Cornea Measurements Sequence	0
00460111	SQ	1	SourceOfCorneaMeasurementDataCodeSequence	Source of Cornea Measurement Data Code Sequence	0
00460112	SQ	1	SteepCornealAxisSequence	Steep Corneal Axis Sequence	0
00460113	SQ	1	FlatCornealAxisSequence	Flat Corneal Axis Sequence	0
00460114	FD	1	CornealPower	Corneal Power	0
00460115	FD	1	CornealAxis	Corneal Axis	0
00460116	SQ	1	CorneaMeasurementMethodCodeSequence	Cornea Measurement Method Code Sequence	0
00460117	FL	1	RefractiveIndexOfCornea	Refractive Index of Cornea	0
00460118	FL	1	RefractiveIndexOfAqueousHumor	Refractive Index of Aqueous Humor	0
00460121	SQ	1	VisualAcuityTypeCodeSequence	Visual Acuity Type Code Sequence	0
00460122	SQ	1	VisualAcuityRightEyeSequence	Visual Acuity Right Eye Sequence	0
00460123	SQ	1	VisualAcuityLeftEyeSequence	Visual Acuity Left Eye Sequence	0
00460124	SQ	1	VisualAcuityBothEyesOpenSequence	Visual Acuity Both Eyes Open Sequence	0
00460125	CS	1	ViewingDistanceType	Viewing Distance Type	0
00460135	SS	2	VisualAcuityModifiers	Visual Acuity Modifiers	0
00460137	FD	1	DecimalVisualAcuity	Decimal Visual Acuity	0
00460139	LO	1	OptotypeDetailedDefinition	Optotype Detailed Definition	0
00460145	SQ	1	ReferencedRefractiveMeasurementsSequence	Referenced Refractive Measurements Sequence	0
00460146	FD	1	SpherePower	Sphere Power	0
00460147	FD	1	CylinderPower	Cylinder Power	0
00460201	CS	1	CornealTopographySurface	Corneal Topography Surface	0
00460202	FL	2	CornealVertexLocation	Corneal Vertex Location	0
00460203	FL	1	PupilCentroidXCoordinate	Pupil Centroid X-Coordinate	0
00460204	FL	1	PupilCentroidYCoordinate	Pupil Centroid Y-Coordinate	0
00460205	FL	1	EquivalentPupilRadius	Equivalent Pupil Radius	0
00460207	SQ	1	CornealTopographyMapTypeCodeSequence	Corneal Topography Map Type Code Sequence	0
00460208	IS	2-2n	VerticesOfTheOutlineOfPupil	Vertices of the Outline of Pupil	0
00460210	SQ	1	CornealTopographyMappingNormalsSequence	Corneal Topography Mapping Normals Sequence	0
00460211	SQ	1	MaximumCornealCurvatureSequence	Maximum Corneal Curvature Sequence	0
00460212	FL	1	MaximumCornealCurvature	Maximum Corneal Curvature	0
00460213	FL	2	MaximumCornealCurvatureLocation	Maximum Corneal Curvature Location	0
00460215	SQ	1	MinimumKeratometricSequence	Minimum Keratometric Sequence	0
00460218	SQ	1	SimulatedKeratometricCylinderSequence	Simulated Keratometric Cylinder Sequence	0
00460220	FL	1	AverageCornealPower	Average Corneal Power	0
00460224	FL	1	CornealISValue	Corneal I-S Value	0
00460227	FL	1	AnalyzedArea	Analyzed Area	0
00460230	FL	1	SurfaceRegularityIndex	Surface Regularity Index	0
00460232	FL	1	SurfaceAsymmetryIndex	Surface Asymmetry Index	0
00460234	FL	1	CornealEccentricityIndex	Corneal Eccentricity Index	0
00460236	FL	1	KeratoconusPredictionIndex	Keratoconus Prediction Index	0
00460238	FL	1	DecimalPotentialVisualAcuity	Decimal Potential Visual Acuity	0
00460242	CS	1	CornealTopographyMapQualityEvaluation	Corneal Topography Map Quality Evaluation	0
00460244	SQ	1	SourceImageCornealProcessedDataSequence	Source Image Corneal Processed Data Sequence	0
00460247	FL	3	CornealPointLocation	Corneal Point Location	0
00460248	CS	1	CornealPointEstimated	Corneal Point Estimated	0
00460249	FL	1	AxialPower	Axial Power	0
00460250	FL	1	TangentialPower	Tangential Power	0
00460251	FL	1	RefractivePower	Refractive Power	0
00460252	FL	1	RelativeElevation	Relative Elevation	0
00460253	FL	1	CornealWavefront	Corneal Wavefront	0
00480001	FL	1	ImagedVolumeWidth	Imaged Volume Width	0
00480002	FL	1	ImagedVolumeHeight	Imaged Volume Height	0
00480003	FL	1	ImagedVolumeDepth	Imaged Volume Depth	0
00480006	UL	1	TotalPixelMatrixColumns	Total Pixel Matrix Columns	0
00480007	UL	1	TotalPixelMatrixRows	Total Pixel Matrix Rows	0
00480008	SQ	1	TotalPixelMatrixOriginSequence	Total Pixel Matrix Origin Sequence	0
00480010	CS	1	SpecimenLabelInImage	Specimen Label in Image	0
00480011	CS	1	FocusMethod	Focus Method	0
00480012	CS	1	ExtendedDepthOfField	Extended Depth of Field	0
00480013	US	1	NumberOfFocalPlanes	Number of Focal Planes	0
00480014	FL	1	DistanceBetweenFocalPlanes	Distance Between Focal Planes	0
00480015	US	3	RecommendedAbsentPixelCIELabValue	Recommended Absent Pixel CIELab Value	0
00480100	SQ	1	IlluminatorTypeCodeSequence	Illuminator Type Code Sequence	0
00480102	DS	6	ImageOrientationSlide	Image Orientation (Slide)	0
00480105	SQ	1	OpticalPathSequence	Optical Path Sequence	0
00480106	SH	1	OpticalPathIdentifier	Optical Path Identifier	0
00480107	ST	1	OpticalPathDescription	Optical Path Description	0
00480108	SQ	1	IlluminationColorCodeSequence	Illumination Color Code Sequence	0
00480110	SQ	1	SpecimenReferenceSequence	Specimen Reference Sequence	0
00480111	DS	1	CondenserLensPower	Condenser Lens Power	0
00480112	DS	1	ObjectiveLensPower	Objective Lens Power	0
00480113	DS	1	ObjectiveLensNumericalAperture	Objective Lens Numerical Aperture	0
00480114	CS	1	ConfocalMode	Confocal Mode	0
00480115	CS	1	TissueLocation	Tissue Location	0
00480116	SQ	1	ConfocalMicroscopyImageFrameTypeSequence	Confocal Microscopy Image Frame Type Sequence	0
00480117	FD	1	ImageAcquisitionDepth	Image Acquisition Depth	0
00480120	SQ	1	PaletteColorLookupTableSequence	Palette Color Lookup Table Sequence	0
00480200	SQ	1	ReferencedImageNavigationSequence	Referenced Image Navigation Sequence	1
00480201	US	2	TopLeftHandCornerOfLocalizerArea	Top Left Hand Corner of Localizer Area	1
00480202	US	2	BottomRightHandCornerOfLocalizerArea	Bottom Right Hand Corner of Localizer Area	1
00480207	SQ	1	OpticalPathIdentificationSequence	Optical Path Identification Sequence	0
0048021A	SQ	1	PlanePositionSlideSequence	Plane Position (Slide) Sequence	0
0048021E	SL	1	ColumnPositionInTotalImagePixelMatrix	Column Position In Total Image Pixel Matrix	0
0048021F	SL	1	RowPositionInTotalImagePixelMatrix	Row Position In Total Image Pixel Matrix	0
00480301	CS	1	PixelOriginInterpretation	Pixel Origin Interpretation	0
00480302	UL	1	NumberOfOpticalPaths	Number of Optical Paths	0
00480303	UL	1	TotalPixelMatrixFocalPlanes	Total Pixel Matrix Focal Planes	0
00500004	CS	1	CalibrationImage	Calibration Image	0
00500010	SQ	1	DeviceSequence	Device Sequence	0
00500012	SQ	1	ContainerComponentTypeCodeSequence	Container Component Type Code Sequence	0
00500013	FD	1	ContainerComponentThickness	Container Component Thickness	0
00500014	DS	1	DeviceLength	Device Length	0
00500015	FD	1	ContainerComponentWidth	Container Component Width	0
00500016	DS	1	DeviceDiameter	Device Diameter	0
00500017	CS	1	DeviceDiameterUnits	Device Diameter Units	0
00500018	DS	1	DeviceVolume	Device Volume	0
00500019	DS	1	InterMarkerDistance	Inter-Marker Distance	0
0050001A	CS	1	ContainerComponentMaterial	Container Component Material	0
0050001B	LO	1	ContainerComponentID	Container Component ID	0
0050001C	FD	1	ContainerComponentLength	Container Component Length	0
0050001D	FD	1	ContainerComponentDiameter	Container Component Diameter	0
0050001E	LO	1	ContainerComponentDescription	Container Component Description	0
00500020	LO	1	DeviceDescription	Device Description	0
00500021	ST	1	LongDeviceDescription	Long Device Description	0
00520001	FL	1	ContrastBolusIngredientPercentByVolume	Contrast/Bolus Ingredient Percent by Volume	0
00520002	FD	1	OCTFocalDistance	OCT Focal Distance	0
00520003	FD	1	BeamSpotSize	Beam Spot Size	0
00520004	FD	1	EffectiveRefractiveIndex	Effective Refractive Index	0
00520006	CS	1	OCTAcquisitionDomain	OCT Acquisition Domain	0
00520007	FD	1	OCTOpticalCenterWavelength	OCT Optical Center Wavelength	0
00520008	FD	1	AxialResolution	Axial Resolution	0
00520009	FD	1	RangingDepth	Ranging Depth	0
00520011	FD	1	ALineRate	A-line Rate	0
00520012	US	1	ALinesPerFrame	A-lines Per Frame	0
00520013	FD	1	CatheterRotationalRate	Catheter Rotational Rate	0
00520014	FD	1	ALinePixelSpacing	A-line Pixel Spacing	0
00520016	SQ	1	ModeOfPercutaneousAccessSequence	Mode of Percutaneous Access Sequence	0
00520025	SQ	1	IntravascularOCTFrameTypeSequence	Intravascular OCT Frame Type Sequence	0
00520026	CS	1	OCTZOffsetApplied	OCT Z Offset Applied	0
00520027	SQ	1	IntravascularFrameContentSequence	Intravascular Frame Content Sequence	0
00520028	FD	1	IntravascularLongitudinalDistance	Intravascular Longitudinal Distance	0
00520029	SQ	1	IntravascularOCTFrameContentSequence	Intravascular OCT Frame Content Sequence	0
00520030	SS	1	OCTZOffsetCorrection	OCT Z Offset Correction	0
00520031	CS	1	CatheterDirectionOfRotation	Catheter Direction of Rotation	0
00520033	FD	1	SeamLineLocation	Seam Line Location	0
00520034	FD	1	FirstALineLocation	First A-line Location	0
00520036	US	1	SeamLineIndex	Seam Line Index	0
00520038	US	1	NumberOfPaddedALines	Number of Padded A-lines	0
00520039	CS	1	InterpolationType	Interpolation Type	0
0052003A	CS	1	RefractiveIndexApplied	Refractive Index Applied	0
00540010	US	1-n	EnergyWindowVector	Energy Window Vector	0
00540011	US	1	NumberOfEnergyWindows	Number of Energy Windows	0
00540012	SQ	1	EnergyWindowInformationSequence	Energy Window Information Sequence	0
00540013	SQ	1	EnergyWindowRangeSequence	Energy Window Range Sequence	0
00540014	DS	1	EnergyWindowLowerLimit	Energy Window Lower Limit	0
00540015	DS	1	EnergyWindowUpperLimit	Energy Window Upper Limit	0
00540016	SQ	1	RadiopharmaceuticalInformationSequence	Radiopharmaceutical Information Sequence	0
00540017	IS	1	ResidualSyringeCounts	Residual Syringe Counts	0
00540018	SH	1	EnergyWindowName	Energy Window Name	0
00540020	US	1-n	DetectorVector	Detector Vector	0
00540021	US	1	NumberOfDetectors	Number of Detectors	0
00540022	SQ	1	DetectorInformationSequence	Detector Information Sequence	0
00540030	US	1-n	PhaseVector	Phase Vector	0
00540031	US	1	NumberOfPhases	Number of Phases	0
00540032	SQ	1	PhaseInformationSequence	Phase Information Sequence	0
00540033	US	1	NumberOfFramesInPhase	Number of Frames in Phase	0
00540036	IS	1	PhaseDelay	Phase Delay	0
00540038	IS	1	PauseBetweenFrames	Pause Between Frames	0
00540039	CS	1	PhaseDescription	Phase Description	0
00540050	US	1-n	RotationVector	Rotation Vector	0
00540051	US	1	NumberOfRotations	Number of Rotations	0
00540052	SQ	1	RotationInformationSequence	Rotation Information Sequence	0
00540053	US	1	NumberOfFramesInRotation	Number of Frames in Rotation	0
00540060	US	1-n	RRIntervalVector	R-R Interval Vector	0
00540061	US	1	NumberOfRRIntervals	Number of R-R Intervals	0
00540062	SQ	1	GatedInformationSequence	Gated Information Sequence	0
00540063	SQ	1	DataInformationSequence	Data Information Sequence	0
00540070	US	1-n	TimeSlotVector	Time Slot Vector	0
00540071	US	1	NumberOfTimeSlots	Number of Time Slots	0
00540072	SQ	1	TimeSlotInformationSequence	Time Slot Information Sequence	0
00540073	DS	1	TimeSlotTime	Time Slot Time	0
00540080	US	1-n	SliceVector	Slice Vector	0
00540081	US	1	NumberOfSlices	Number of Slices	0
00540090	US	1-n	AngularViewVector	Angular View Vector	0
00540100	US	1-n	TimeSliceVector	Time Slice Vector	0
00540101	US	1	NumberOfTimeSlices	Number of Time Slices	0
00540200	DS	1	StartAngle	Start Angle	0
00540202	CS	1	TypeOfDetectorMotion	Type of Detector Motion	0
00540210	IS	1-n	TriggerVector	Trigger Vector	0
00540211	US	1	NumberOfTriggersInPhase	Number of Triggers in Phase	0
00540220	SQ	1	ViewCodeSequence	View Code Sequence	0
00540222	SQ	1	ViewModifierCodeSequence	View Modifier Code Sequence	0
00540300	SQ	1	RadionuclideCodeSequence	Radionuclide Code Sequence	0
00540302	SQ	1	AdministrationRouteCodeSequence	Administration Route Code Sequence	0
00540304	SQ	1	RadiopharmaceuticalCodeSequence	Radiopharmaceutical Code Sequence	0
00540306	SQ	1	CalibrationDataSequence	Calibration Data Sequence	0
00540308	US	1	EnergyWindowNumber	Energy Window Number	0
00540400	SH	1	ImageID	Image ID	0
00540410	SQ	1	PatientOrientationCodeSequence	Patient Orientation Code Sequence	0
00540412	SQ	1	PatientOrientationModifierCodeSequence	Patient Orientation Modifier Code Sequence	0
00540414	SQ	1	PatientGantryRelationshipCodeSequence	Patient Gantry Relationship Code Sequence	0
00540500	CS	1	SliceProgressionDirection	Slice Progression Direction	0
00540501	CS	1	ScanProgressionDirection	Scan Progression Direction	0
00541000	CS	2	SeriesType	Series Type	0
00541001	CS	1	Units	Units	0
00541002	CS	1	CountsSource	Counts Source	0
00541004	CS	1	ReprojectionMethod	Reprojection Method	0
00541006	CS	1	SUVType	SUV Type	0
00541100	CS	1	RandomsCorrectionMethod	Randoms Correction Method	0
00541101	LO	1	AttenuationCorrectionMethod	Attenuation Correction Method	0
00541102	CS	1	DecayCorrection	Decay Correction	0
00541103	LO	1	ReconstructionMethod	Reconstruction Method	0
00541104	LO	1	DetectorLinesOfResponseUsed	Detector Lines of Response Used	0
00541105	LO	1	ScatterCorrectionMethod	Scatter Correction Method	0
00541200	DS	1	AxialAcceptance	Axial Acceptance	0
00541201	IS	2	AxialMash	Axial Mash	0
00541202	IS	1	TransverseMash	Transverse Mash	0
00541203	DS	2	DetectorElementSize	Detector Element Size	0
00541210	DS	1	CoincidenceWindowWidth	Coincidence Window Width	0
00541220	CS	1-n	SecondaryCountsType	Secondary Counts Type	0
00541300	DS	1	FrameReferenceTime	Frame Reference Time	0
00541310	IS	1	PrimaryPromptsCountsAccumulated	Primary (Prompts) Counts Accumulated	0
00541311	IS	1-n	SecondaryCountsAccumulated	Secondary Counts Accumulated	0
00541320	DS	1	SliceSensitivityFactor	Slice Sensitivity Factor	0
00541321	DS	1	DecayFactor	Decay Factor	0
00541322	DS	1	DoseCalibrationFactor	Dose Calibration Factor	0
00541323	DS	1	ScatterFractionFactor	Scatter Fraction Factor	0
00541324	DS	1	DeadTimeFactor	Dead Time Factor	0
00541330	US	1	ImageIndex	Image Index	0
00541400	CS	1-n	CountsIncluded	Counts Included	1
00541401	CS	1	DeadTimeCorrectionFlag	Dead Time Correction Flag	1
00603000	SQ	1	HistogramSequence	Histogram Sequence	0
00603002	US	1	HistogramNumberOfBins	Histogram Number of Bins	0
00603004	US or SS	1	HistogramFirstBinValue	Histogram First Bin Value	0
00603006	US or SS	1	HistogramLastBinValue	Histogram Last Bin Value	0
00603008	US	1	HistogramBinWidth	Histogram Bin Width	0
00603010	LO	1	HistogramExplanation	Histogram Explanation	0
00603020	UL	1-n	HistogramData	Histogram Data	0
00620001	CS	1	SegmentationType	Segmentation Type	0
00620002	SQ	1	SegmentSequence	Segment Sequence	0
00620003	SQ	1	SegmentedPropertyCategoryCodeSequence	Segmented Property Category Code Sequence	0
00620004	US	1	SegmentNumber	Segment Number	0
00620005	LO	1	SegmentLabel	Segment Label	0
00620006	ST	1	SegmentDescription	Segment Description	0
00620007	SQ	1	SegmentationAlgorithmIdentificationSequence	Segmentation Algorithm Identification Sequence	0
00620008	CS	1	SegmentAlgorithmType	Segment Algorithm Type	0
00620009	LO	1-n	SegmentAlgorithmName	Segment Algorithm Name	0
0062000A	SQ	1	SegmentIdentificationSequence	Segment Identification Sequence	0
0062000B	US	1-n	ReferencedSegmentNumber	Referenced Segment Number	0
0062000C	US	1	RecommendedDisplayGrayscaleValue	Recommended Display Grayscale Value	0
0062000D	US	3	RecommendedDisplayCIELabValue	Recommended Display CIELab Value	0
0062000E	US	1	MaximumFractionalValue	Maximum Fractional Value	0
0062000F	SQ	1	SegmentedPropertyTypeCodeSequence	Segmented Property Type Code Sequence	0
00620010	CS	1	SegmentationFractionalType	Segmentation Fractional Type	0
00620011	SQ	1	SegmentedPropertyTypeModifierCodeSequence	Segmented Property Type Modifier Code Sequence	0
00620012	SQ	1	UsedSegmentsSequence	Used Segments Sequence	0
00620013	CS	1	SegmentsOverlap	Segments Overlap	0
00620020	UT	1	TrackingID	Tracking ID	0
00620021	UI	1	TrackingUID	Tracking UID	0
00640002	SQ	1	DeformableRegistrationSequence	Deformable Registration Sequence	0
00640003	UI	1	SourceFrameOfReferenceUID	Source Frame of Reference UID	0
00640005	SQ	1	DeformableRegistrationGridSequence	Deformable Registration Grid Sequence	0
00640007	UL	3	GridDimensions	Grid Dimensions	0
00640008	FD	3	GridResolution	Grid Resolution	0
00640009	OF	1	VectorGridData	Vector Grid Data	0
0064000F	SQ	1	PreDeformationMatrixRegistrationSequence	Pre Deformation Matrix Registration Sequence	0
00640010	SQ	1	PostDeformationMatrixRegistrationSequence	Post Deformation Matrix Registration Sequence	0
00660001	UL	1	NumberOfSurfaces	Number of Surfaces	0
00660002	SQ	1	SurfaceSequence	Surface Sequence	0
00660003	UL	1	SurfaceNumber	Surface Number	0
00660004	LT	1	SurfaceComments	Surface Comments	0
00660009	CS	1	SurfaceProcessing	Surface Processing	0
0066000A	FL	1	SurfaceProcessingRatio	Surface Processing Ratio	0
0066000B	LO	1	SurfaceProcessingDescription	Surface Processing Description	0
0066000C	FL	1	RecommendedPresentationOpacity	Recommended Presentation Opacity	0
0066000D	CS	1	RecommendedPresentationType	Recommended Presentation Type	0
0066000E	CS	1	FiniteVolume	Finite Volume	0
00660010	CS	1	Manifold	Manifold	0
00660011	SQ	1	SurfacePointsSequence	Surface Points Sequence	0
00660012	SQ	1	SurfacePointsNormalsSequence	Surface Points Normals Sequence	0
00660013	SQ	1	SurfaceMeshPrimitivesSequence	Surface Mesh Primitives Sequence	0
00660015	UL	1	NumberOfSurfacePoints	Number of Surface Points	0
00660016	OF	1	PointCoordinatesData	Point Coordinates Data	0
00660017	FL	3	PointPositionAccuracy	Point Position Accuracy	0
00660018	FL	1	MeanPointDistance	Mean Point Distance	0
00660019	FL	1	MaximumPointDistance	Maximum Point Distance	0
0066001A	FL	6	PointsBoundingBoxCoordinates	Points Bounding Box Coordinates	0
0066001B	FL	3	AxisOfRotation	Axis of Rotation	0
0066001C	FL	3	CenterOfRotation	Center of Rotation	0
0066001E	UL	1	NumberOfVectors	Number of Vectors	0
0066001F	US	1	VectorDimensionality	Vector Dimensionality	0
00660020	FL	1-n	VectorAccuracy	Vector Accuracy	0
00660021	OF	1	VectorCoordinateData	Vector Coordinate Data	0
00660022	OD	1	DoublePointCoordinatesData	Double Point Coordinates Data	0
00660023	OW	1	TrianglePointIndexList	Triangle Point Index List	1
00660024	OW	1	EdgePointIndexList	Edge Point Index List	1
00660025	OW	1	VertexPointIndexList	Vertex Point Index List	1
00660026	SQ	1	TriangleStripSequence	Triangle Strip Sequence	0
00660027	SQ	1	TriangleFanSequence	Triangle Fan Sequence	0
00660028	SQ	1	LineSequence	Line Sequence	0
00660029	OW	1	PrimitivePointIndexList	Primitive Point Index List	1
0066002A	UL	1	SurfaceCount	Surface Count	0
0066002B	SQ	1	ReferencedSurfaceSequence	Referenced Surface Sequence	0
0066002C	UL	1	ReferencedSurfaceNumber	Referenced Surface Number	0
0066002D	SQ	1	SegmentSurfaceGenerationAlgorithmIdentificationSequence	Segment Surface Generation Algorithm Identification Sequence	0
0066002E	SQ	1	SegmentSurfaceSourceInstanceSequence	Segment Surface Source Instance Sequence	0
0066002F	SQ	1	AlgorithmFamilyCodeSequence	Algorithm Family Code Sequence	0
00660030	SQ	1	AlgorithmNameCodeSequence	Algorithm Name Code Sequence	0
00660031	LO	1	AlgorithmVersion	Algorithm Version	0
00660032	LT	1	AlgorithmParameters	Algorithm Parameters	0
00660034	SQ	1	FacetSequence	Facet Sequence	0
00660035	SQ	1	SurfaceProcessingAlgorithmIdentificationSequence	Surface Processing Algorithm Identification Sequence	0
00660036	LO	1	AlgorithmName	Algorithm Name	0
00660037	FL	1	RecommendedPointRadius	Recommended Point Radius	0
00660038	FL	1	RecommendedLineThickness	Recommended Line Thickness	0
00660040	OL	1	LongPrimitivePointIndexList	Long Primitive Point Index List	0
00660041	OL	1	LongTrianglePointIndexList	Long Triangle Point Index List	0
00660042	OL	1	LongEdgePointIndexList	Long Edge Point Index List	0
00660043	OL	1	LongVertexPointIndexList	Long Vertex Point Index List	0
00660101	SQ	1	TrackSetSequence	Track Set Sequence	0
00660102	SQ	1	TrackSequence	Track Sequence	0
00660103	OW	1	RecommendedDisplayCIELabValueList	Recommended Display CIELab Value List	0
00660104	SQ	1	TrackingAlgorithmIdentificationSequence	Tracking Algorithm Identification Sequence	0
00660105	UL	1	TrackSetNumber	Track Set Number	0
00660106	LO	1	TrackSetLabel	Track Set Label	0
00660107	UT	1	TrackSetDescription	Track Set Description	0
00660108	SQ	1	TrackSetAnatomicalTypeCodeSequence	Track Set Anatomical Type Code Sequence	0
00660121	SQ	1	MeasurementsSequence	Measurements Sequence	0
00660124	SQ	1	TrackSetStatisticsSequence	Track Set Statistics Sequence	0
00660125	OF	1	FloatingPointValues	Floating Point Values	0
00660129	OL	1	TrackPointIndexList	Track Point Index List	0
00660130	SQ	1	TrackStatisticsSequence	Track Statistics Sequence	0
00660132	SQ	1	MeasurementValuesSequence	Measurement Values Sequence	0
00660133	SQ	1	DiffusionAcquisitionCodeSequence	Diffusion Acquisition Code Sequence	0
00660134	SQ	1	DiffusionModelCodeSequence	Diffusion Model Code Sequence	0
00686210	LO	1	ImplantSize	Implant Size	0
00686221	LO	1	ImplantTemplateVersion	Implant Template Version	0
00686222	SQ	1	ReplacedImplantTemplateSequence	Replaced Implant Template Sequence	0
00686223	CS	1	ImplantType	Implant Type	0
00686224	SQ	1	DerivationImplantTemplateSequence	Derivation Implant Template Sequence	0
00686225	SQ	1	OriginalImplantTemplateSequence	Original Implant Template Sequence	0
00686226	DT	1	EffectiveDateTime	Effective DateTime	0
00686230	SQ	1	ImplantTargetAnatomySequence	Implant Target Anatomy Sequence	0
00686260	SQ	1	InformationFromManufacturerSequence	Information From Manufacturer Sequence	0
00686265	SQ	1	NotificationFromManufacturerSequence	Notification From Manufacturer Sequence	0
00686270	DT	1	InformationIssueDateTime	Information Issue DateTime	0
00686280	ST	1	InformationSummary	Information Summary	0
006862A0	SQ	1	ImplantRegulatoryDisapprovalCodeSequence	Implant Regulatory Disapproval Code Sequence	0
006862A5	FD	1	OverallTemplateSpatialTolerance	Overall Template Spatial Tolerance	0
006862C0	SQ	1	HPGLDocumentSequence	HPGL Document Sequence	0
006862D0	US	1	HPGLDocumentID	HPGL Document ID	0
006862D5	LO	1	HPGLDocumentLabel	HPGL Document Label	0
006862E0	SQ	1	ViewOrientationCodeSequence	View Orientation Code Sequence	0
006862F0	SQ	1	ViewOrientationModifierCodeSequence	View Orientation Modifier Code Sequence	0
006862F2	FD	1	HPGLDocumentScaling	HPGL Document Scaling	0
00686300	OB	1	HPGLDocument	HPGL Document	0
00686310	US	1	HPGLContourPenNumber	HPGL Contour Pen Number	0
00686320	SQ	1	HPGLPenSequence	HPGL Pen Sequence	0
00686330	US	1	HPGLPenNumber	HPGL Pen Number	0
00686340	LO	1	HPGLPenLabel	HPGL Pen Label	0
00686345	ST	1	HPGLPenDescription	HPGL Pen Description	0
00686346	FD	2	RecommendedRotationPoint	Recommended Rotation Point	0
00686347	FD	4	BoundingRectangle	Bounding Rectangle	0
00686350	US	1-n	ImplantTemplate3DModelSurfaceNumber	Implant Template 3D Model Surface Number	0
00686360	SQ	1	SurfaceModelDescriptionSequence	Surface Model Description Sequence	0
00686380	LO	1	SurfaceModelLabel	Surface Model Label	0
00686390	FD	1	SurfaceModelScalingFactor	Surface Model Scaling Factor	0
006863A0	SQ	1	MaterialsCodeSequence	Materials Code Sequence	0
006863A4	SQ	1	CoatingMaterialsCodeSequence	Coating Materials Code Sequence	0
006863A8	SQ	1	ImplantTypeCodeSequence	Implant Type Code Sequence	0
006863AC	SQ	1	FixationMethodCodeSequence	Fixation Method Code Sequence	0
006863B0	SQ	1	MatingFeatureSetsSequence	Mating Feature Sets Sequence	0
006863C0	US	1	MatingFeatureSetID	Mating Feature Set ID	0
006863D0	LO	1	MatingFeatureSetLabel	Mating Feature Set Label	0
006863E0	SQ	1	MatingFeatureSequence	Mating Feature Sequence	0
006863F0	US	1	MatingFeatureID	Mating Feature ID	0
00686400	SQ	1	MatingFeatureDegreeOfFreedomSequence	Mating Feature Degree of Freedom Sequence	0
00686410	US	1	DegreeOfFreedomID	Degree of Freedom ID	0
00686420	CS	1	DegreeOfFreedomType	Degree of Freedom Type	0
00686430	SQ	1	TwoDMatingFeatureCoordinatesSequence	2D Mating Feature Coordinates Sequence	0
00686440	US	1	ReferencedHPGLDocumentID	Referenced HPGL Document ID	0
00686450	FD	2	TwoDMatingPoint	2D Mating Point	0
00686460	FD	4	TwoDMatingAxes	2D Mating Axes	0
00686470	SQ	1	TwoDDegreeOfFreedomSequence	2D Degree of Freedom Sequence	0
00686490	FD	3	ThreeDDegreeOfFreedomAxis	3D Degree of Freedom Axis	0
006864A0	FD	2	RangeOfFreedom	Range of Freedom	0
006864C0	FD	3	ThreeDMatingPoint	3D Mating Point	0
006864D0	FD	9	ThreeDMatingAxes	3D Mating Axes	0
006864F0	FD	3	TwoDDegreeOfFreedomAxis	2D Degree of Freedom Axis	0
00686500	SQ	1	PlanningLandmarkPointSequence	Planning Landmark Point Sequence	0
00686510	SQ	1	PlanningLandmarkLineSequence	Planning Landmark Line Sequence	0
00686520	SQ	1	PlanningLandmarkPlaneSequence	Planning Landmark Plane Sequence	0
00686530	US	1	PlanningLandmarkID	Planning Landmark ID	0
00686540	LO	1	PlanningLandmarkDescription	Planning Landmark Description	0
00686545	SQ	1	PlanningLandmarkIdentificationCodeSequence	Planning Landmark Identification Code Sequence	0
00686550	SQ	1	TwoDPointCoordinatesSequence	2D Point Coordinates Sequence	0
00686560	FD	2	TwoDPointCoordinates	2D Point Coordinates	0
00686590	FD	3	ThreeDPointCoordinates	3D Point Coordinates	0
006865A0	SQ	1	TwoDLineCoordinatesSequence	2D Line Coordinates Sequence	0
006865B0	FD	4	TwoDLineCoordinates	2D Line Coordinates	0
006865D0	FD	6	ThreeDLineCoordinates	3D Line Coordinates	0
006865E0	SQ	1	TwoDPlaneCoordinatesSequence	2D Plane Coordinates Sequence	0
006865F0	FD	4	TwoDPlaneIntersection	2D Plane Intersection	0
00686610	FD	3	ThreeDPlaneOrigin	3D Plane Origin	0
00686620	FD	3	ThreeDPlaneNormal	3D Plane Normal	0
00687001	CS	1	ModelModification	Model Modification	0
00687002	CS	1	ModelMirroring	Model Mirroring	0
00687003	SQ	1	ModelUsageCodeSequence	Model Usage Code Sequence	0
00687004	UI	1	ModelGroupUID	Model Group UID	0
00687005	UR	1	RelativeURIReferenceWithinEncapsulatedDocument	Relative URI Reference Within Encapsulated Document	0
006A0001	CS	1	AnnotationCoordinateType	Annotation Coordinate Type	0
006A0002	SQ	1	AnnotationGroupSequence	Annotation Group Sequence	0
006A0003	UI	1	AnnotationGroupUID	Annotation Group UID	0
006A0005	LO	1	AnnotationGroupLabel	Annotation Group Label	0
006A0006	UT	1	AnnotationGroupDescription	Annotation Group Description	0
006A0007	CS	1	AnnotationGroupGenerationType	Annotation Group Generation Type	0
006A0008	SQ	1	AnnotationGroupAlgorithmIdentificationSequence	Annotation Group Algorithm Identification Sequence	0
006A0009	SQ	1	AnnotationPropertyCategoryCodeSequence	Annotation Property Category Code Sequence	0
006A000A	SQ	1	AnnotationPropertyTypeCodeSequence	Annotation Property Type Code Sequence	0
006A000B	SQ	1	AnnotationPropertyTypeModifierCodeSequence	Annotation Property Type Modifier Code Sequence	0
006A000C	UL	1	NumberOfAnnotations	Number of Annotations	0
006A000D	CS	1	AnnotationAppliesToAllOpticalPaths	Annotation Applies to All Optical Paths	0
006A000E	SH	1-n	ReferencedOpticalPathIdentifier	Referenced Optical Path Identifier	0
006A000F	CS	1	AnnotationAppliesToAllZPlanes	Annotation Applies to All Z Planes	0
006A0010	FD	1-n	CommonZCoordinateValue	Common Z Coordinate Value	0
006A0011	OL	1	AnnotationIndexList	Annotation Index List	0
00700001	SQ	1	GraphicAnnotationSequence	Graphic Annotation Sequence	0
00700002	CS	1	GraphicLayer	Graphic Layer	0
00700003	CS	1	BoundingBoxAnnotationUnits	Bounding Box Annotation Units	0
00700004	CS	1	AnchorPointAnnotationUnits	Anchor Point Annotation Units	0
00700005	CS	1	GraphicAnnotationUnits	Graphic Annotation Units	0
00700006	ST	1	UnformattedTextValue	Unformatted Text Value	0
00700008	SQ	1	TextObjectSequence	Text Object Sequence	0
00700009	SQ	1	GraphicObjectSequence	Graphic Object Sequence	0
00700010	FL	2	BoundingBoxTopLeftHandCorner	Bounding Box Top Left Hand Corner	0
00700011	FL	2	BoundingBoxBottomRightHandCorner	Bounding Box Bottom Right Hand Corner	0
00700012	CS	1	BoundingBoxTextHorizontalJustification	Bounding Box Text Horizontal Justification	0
00700014	FL	2	AnchorPoint	Anchor Point	0
00700015	CS	1	AnchorPointVisibility	Anchor Point Visibility	0
00700020	US	1	GraphicDimensions	Graphic Dimensions	0
00700021	US	1	NumberOfGraphicPoints	Number of Graphic Points	0
00700022	FL	2-n	GraphicData	Graphic Data	0
00700023	CS	1	GraphicType	Graphic Type	0
00700024	CS	1	GraphicFilled	Graphic Filled	0
00700040	IS	1	ImageRotationRetired	Image Rotation (Retired)	1
00700041	CS	1	ImageHorizontalFlip	Image Horizontal Flip	0
00700042	US	1	ImageRotation	Image Rotation	0
00700050	US	2	DisplayedAreaTopLeftHandCornerTrial	Displayed Area Top Left Hand Corner (Trial)	1
00700051	US	2	DisplayedAreaBottomRightHandCornerTrial	Displayed Area Bottom Right Hand Corner (Trial)	1
00700052	SL	2	DisplayedAreaTopLeftHandCorner	Displayed Area Top Left Hand Corner	0
00700053	SL	2	DisplayedAreaBottomRightHandCorner	Displayed Area Bottom Right Hand Corner	0
0070005A	SQ	1	DisplayedAreaSelectionSequence	Displayed Area Selection Sequence	0
00700060	SQ	1	GraphicLayerSequence	Graphic Layer Sequence	0
00700062	IS	1	GraphicLayerOrder	Graphic Layer Order	0
00700066	US	1	GraphicLayerRecommendedDisplayGrayscaleValue	Graphic Layer Recommended Display Grayscale Value	0
00700067	US	3	GraphicLayerRecommendedDisplayRGBValue	Graphic Layer Recommended Display RGB Value	1
00700068	LO	1	GraphicLayerDescription	Graphic Layer Description	0
00700080	CS	1	ContentLabel	Content Label	0
00700081	LO	1	ContentDescription	Content Description	0
00700082	DA	1	PresentationCreationDate	Presentation Creation Date	0
00700083	TM	1	PresentationCreationTime	Presentation Creation Time	0
00700084	PN	1	ContentCreatorName	Content Creator's Name	0
00700086	SQ	1	ContentCreatorIdentificationCodeSequence	Content Creator's Identification Code Sequence	0
00700087	SQ	1	AlternateContentDescriptionSequence	Alternate Content Description Sequence	0
00700100	CS	1	PresentationSizeMode	Presentation Size Mode	0
00700101	DS	2	PresentationPixelSpacing	Presentation Pixel Spacing	0
00700102	IS	2	PresentationPixelAspectRatio	Presentation Pixel Aspect Ratio	0
00700103	FL	1	PresentationPixelMagnificationRatio	Presentation Pixel Magnification Ratio	0
00700207	LO	1	GraphicGroupLabel	Graphic Group Label	0
00700208	ST	1	GraphicGroupDescription	Graphic Group Description	0
00700209	SQ	1	CompoundGraphicSequence	Compound Graphic Sequence	0
00700226	UL	1	CompoundGraphicInstanceID	Compound Graphic Instance ID	0
00700227	LO	1	FontName	Font Name	0
00700228	CS	1	FontNameType	Font Name Type	0
00700229	LO	1	CSSFontName	CSS Font Name	0
00700230	FD	1	RotationAngle	Rotation Angle	0
00700231	SQ	1	TextStyleSequence	Text Style Sequence	0
00700232	SQ	1	LineStyleSequence	Line Style Sequence	0
00700233	SQ	1	FillStyleSequence	Fill Style Sequence	0
00700234	SQ	1	GraphicGroupSequence	Graphic Group Sequence	0
00700241	US	3	TextColorCIELabValue	Text Color CIELab Value	0
00700242	CS	1	HorizontalAlignment	Horizontal Alignment	0
00700243	CS	1	VerticalAlignment	Vertical Alignment	0
00700244	CS	1	ShadowStyle	Shadow Style	0
00700245	FL	1	ShadowOffsetX	Shadow Offset X	0
00700246	FL	1	ShadowOffsetY	Shadow Offset Y	0
00700247	US	3	ShadowColorCIELabValue	Shadow Color CIELab Value	0
00700248	CS	1	Underlined	Underlined	0
00700249	CS	1	Bold	Bold	0
00700250	CS	1	Italic	Italic	0
00700251	US	3	PatternOnColorCIELabValue	Pattern On Color CIELab Value	0
00700252	US	3	PatternOffColorCIELabValue	Pattern Off Color CIELab Value	0
00700253	FL	1	LineThickness	Line Thickness	0
00700254	CS	1	LineDashingStyle	Line Dashing Style	0
00700255	UL	1	LinePattern	Line Pattern	0
00700256	OB	1	FillPattern	Fill Pattern	0
00700257	CS	1	FillMode	Fill Mode	0
00700258	FL	1	ShadowOpacity	Shadow Opacity	0
00700261	FL	1	GapLength	Gap Length	0
00700262	FL	1	DiameterOfVisibility	Diameter of Visibility	0
00700273	FL	2	RotationPoint	Rotation Point	0
00700274	CS	1	TickAlignment	Tick Alignment	0
00700278	CS	1	ShowTickLabel	Show Tick Label	0
00700279	CS	1	TickLabelAlignment	Tick Label Alignment	0
00700282	CS	1	CompoundGraphicUnits	Compound Graphic Units	0
00700284	FL	1	PatternOnOpacity	Pattern On Opacity	0
00700285	FL	1	PatternOffOpacity	Pattern Off Opacity	0
00700287	SQ	1	MajorTicksSequence	Major Ticks Sequence	0
00700288	FL	1	TickPosition	Tick Position	0
00700289	SH	1	TickLabel	Tick Label	0
00700294	CS	1	CompoundGraphicType	Compound Graphic Type	0
00700295	UL	1	GraphicGroupID	Graphic Group ID	0
00700306	CS	1	ShapeType	Shape Type	0
00700308	SQ	1	RegistrationSequence	Registration Sequence	0
00700309	SQ	1	MatrixRegistrationSequence	Matrix Registration Sequence	0
0070030A	SQ	1	MatrixSequence	Matrix Sequence	0
0070030B	FD	16	FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix	Frame of Reference to Displayed Coordinate System Transformation Matrix	0
0070030C	CS	1	FrameOfReferenceTransformationMatrixType	Frame of Reference Transformation Matrix Type	0
0070030D	SQ	1	RegistrationTypeCodeSequence	Registration Type Code Sequence	0
0070030F	ST	1	FiducialDescription	Fiducial Description	0
00700310	SH	1	FiducialIdentifier	Fiducial Identifier	0
00700311	SQ	1	FiducialIdentifierCodeSequence	Fiducial Identifier Code Sequence	0
00700312	FD	1	ContourUncertaintyRadius	Contour Uncertainty Radius	0
00700314	SQ	1	UsedFiducialsSequence	Used Fiducials Sequence	0
00700315	SQ	1	UsedRTStructureSetROISequence	Used RT Structure Set ROI Sequence	0
00700318	SQ	1	GraphicCoordinatesDataSequence	Graphic Coordinates Data Sequence	0
0070031A	UI	1	FiducialUID	Fiducial UID	0
0070031B	UI	1	ReferencedFiducialUID	Referenced Fiducial UID	0
0070031C	SQ	1	FiducialSetSequence	Fiducial Set Sequence	0
0070031E	SQ	1	FiducialSequence	Fiducial Sequence	0
0070031F	SQ	1	FiducialsPropertyCategoryCodeSequence	Fiducials Property Category Code Sequence	0
00700401	US	3	GraphicLayerRecommendedDisplayCIELabValue	Graphic Layer Recommended Display CIELab Value	0
00700402	SQ	1	BlendingSequence	Blending Sequence	0
00700403	FL	1	RelativeOpacity	Relative Opacity	0
00700404	SQ	1	ReferencedSpatialRegistrationSequence	Referenced Spatial Registration Sequence	0
00700405	CS	1	BlendingPosition	Blending Position	0
00701101	UI	1	PresentationDisplayCollectionUID	Presentation Display Collection UID	0
00701102	UI	1	PresentationSequenceCollectionUID	Presentation Sequence Collection UID	0
00701103	US	1	PresentationSequencePositionIndex	Presentation Sequence Position Index	0
00701104	SQ	1	RenderedImageReferenceSequence	Rendered Image Reference Sequence	0
00701201	SQ	1	VolumetricPresentationStateInputSequence	Volumetric Presentation State Input Sequence	0
00701202	CS	1	PresentationInputType	Presentation Input Type	0
00701203	US	1	InputSequencePositionIndex	Input Sequence Position Index	0
00701204	CS	1	Crop	Crop	0
00701205	US	1-n	CroppingSpecificationIndex	Cropping Specification Index	0
00701206	CS	1	CompositingMethod	Compositing Method	1
00701207	US	1	VolumetricPresentationInputNumber	Volumetric Presentation Input Number	0
00701208	CS	1	ImageVolumeGeometry	Image Volume Geometry	0
00701209	UI	1	VolumetricPresentationInputSetUID	Volumetric Presentation Input Set UID	0
0070120A	SQ	1	VolumetricPresentationInputSetSequence	Volumetric Presentation Input Set Sequence	0
0070120B	CS	1	GlobalCrop	Global Crop	0
0070120C	US	1-n	GlobalCroppingSpecificationIndex	Global Cropping Specification Index	0
0070120D	CS	1	RenderingMethod	Rendering Method	0
00701301	SQ	1	VolumeCroppingSequence	Volume Cropping Sequence	0
00701302	CS	1	VolumeCroppingMethod	Volume Cropping Method	0
00701303	FD	6	BoundingBoxCrop	Bounding Box Crop	0
00701304	SQ	1	ObliqueCroppingPlaneSequence	Oblique Cropping Plane Sequence	0
00701305	FD	4	Plane	Plane	0
00701306	FD	3	PlaneNormal	Plane Normal	0
00701309	US	1	CroppingSpecificationNumber	Cropping Specification Number	0
00701501	CS	1	MultiPlanarReconstructionStyle	Multi-Planar Reconstruction Style	0
00701502	CS	1	MPRThicknessType	MPR Thickness Type	0
00701503	FD	1	MPRSlabThickness	MPR Slab Thickness	0
00701505	FD	3	MPRTopLeftHandCorner	MPR Top Left Hand Corner	0
00701507	FD	3	MPRViewWidthDirection	MPR View Width Direction	0
00701508	FD	1	MPRViewWidth	MPR View Width	0
0070150C	UL	1	NumberOfVolumetricCurvePoints	Number of Volumetric Curve Points	0
0070150D	OD	1	VolumetricCurvePoints	Volumetric Curve Points	0
00701511	FD	3	MPRViewHeightDirection	MPR View Height Direction	0
00701512	FD	1	MPRViewHeight	MPR View Height	0
00701602	CS	1	RenderProjection	Render Projection	0
00701603	FD	3	ViewpointPosition	Viewpoint Position	0
00701604	FD	3	ViewpointLookAtPoint	Viewpoint LookAt Point	0
00701605	FD	3	ViewpointUpDirection	Viewpoint Up Direction	0
00701606	FD	6	RenderFieldOfView	Render Field of View	0
00701607	FD	1	SamplingStepSize	Sampling Step Size	0
00701701	CS	1	ShadingStyle	Shading Style	0
00701702	FD	1	AmbientReflectionIntensity	Ambient Reflection Intensity	0
00701703	FD	3	LightDirection	Light Direction	0
00701704	FD	1	DiffuseReflectionIntensity	Diffuse Reflection Intensity	0
00701705	FD	1	SpecularReflectionIntensity	Specular Reflection Intensity	0
00701706	FD	1	Shininess	Shininess	0
00701801	SQ	1	PresentationStateClassificationComponentSequence	Presentation State Classification Component Sequence	0
00701802	CS	1	ComponentType	Component Type	0
00701803	SQ	1	ComponentInputSequence	Component Input Sequence	0
00701804	US	1	VolumetricPresentationInputIndex	Volumetric Presentation Input Index	0
00701805	SQ	1	PresentationStateCompositorComponentSequence	Presentation State Compositor Component Sequence	0
00701806	SQ	1	WeightingTransferFunctionSequence	Weighting Transfer Function Sequence	0
00701807	US	3	WeightingLookupTableDescriptor	Weighting Lookup Table Descriptor	1
00701808	OB	1	WeightingLookupTableData	Weighting Lookup Table Data	1
00701901	SQ	1	VolumetricAnnotationSequence	Volumetric Annotation Sequence	0
00701903	SQ	1	ReferencedStructuredContextSequence	Referenced Structured Context Sequence	0
00701904	UI	1	ReferencedContentItem	Referenced Content Item	0
00701905	SQ	1	VolumetricPresentationInputAnnotationSequence	Volumetric Presentation Input Annotation Sequence	0
00701907	CS	1	AnnotationClipping	Annotation Clipping	0
00701A01	CS	1	PresentationAnimationStyle	Presentation Animation Style	0
00701A03	FD	1	RecommendedAnimationRate	Recommended Animation Rate	0
00701A04	SQ	1	AnimationCurveSequence	Animation Curve Sequence	0
00701A05	FD	1	AnimationStepSize	Animation Step Size	0
00701A06	FD	1	SwivelRange	Swivel Range	0
00701A07	OD	1	VolumetricCurveUpDirections	Volumetric Curve Up Directions	0
00701A08	SQ	1	VolumeStreamSequence	Volume Stream Sequence	0
00701A09	LO	1	RGBATransferFunctionDescription	RGBA Transfer Function Description	0
00701B01	SQ	1	AdvancedBlendingSequence	Advanced Blending Sequence	0
00701B02	US	1	BlendingInputNumber	Blending Input Number	0
00701B03	SQ	1	BlendingDisplayInputSequence	Blending Display Input Sequence	0
00701B04	SQ	1	BlendingDisplaySequence	Blending Display Sequence	0
00701B06	CS	1	BlendingMode	Blending Mode	0
00701B07	CS	1	TimeSeriesBlending	Time Series Blending	0
00701B08	CS	1	GeometryForDisplay	Geometry for Display	0
00701B11	SQ	1	ThresholdSequence	Threshold Sequence	0
00701B12	SQ	1	ThresholdValueSequence	Threshold Value Sequence	0
00701B13	CS	1	ThresholdType	Threshold Type	0
00701B14	FD	1	ThresholdValue	Threshold Value	0
00720002	SH	1	HangingProtocolName	Hanging Protocol Name	0
00720004	LO	1	HangingProtocolDescription	Hanging Protocol Description	0
00720006	CS	1	HangingProtocolLevel	Hanging Protocol Level	0
00720008	LO	1	HangingProtocolCreator	Hanging Protocol Creator	0
0072000A	DT	1	HangingProtocolCreationDateTime	Hanging Protocol Creation DateTime	0
0072000C	SQ	1	HangingProtocolDefinitionSequence	Hanging Protocol Definition Sequence	0
0072000E	SQ	1	HangingProtocolUserIdentificationCodeSequence	Hanging Protocol User Identification Code Sequence	0
00720010	LO	1	HangingProtocolUserGroupName	Hanging Protocol User Group Name	0
00720012	SQ	1	SourceHangingProtocolSequence	Source Hanging Protocol Sequence	0
00720014	US	1	NumberOfPriorsReferenced	Number of Priors Referenced	0
00720020	SQ	1	ImageSetsSequence	Image Sets Sequence	0
00720022	SQ	1	ImageSetSelectorSequence	Image Set Selector Sequence	0
00720024	CS	1	ImageSetSelectorUsageFlag	Image Set Selector Usage Flag	0
00720026	AT	1	SelectorAttribute	Selector Attribute	0
00720028	US	1	SelectorValueNumber	Selector Value Number	0
00720030	SQ	1	TimeBasedImageSetsSequence	Time Based Image Sets Sequence	0
00720032	US	1	ImageSetNumber	Image Set Number	0
00720034	CS	1	ImageSetSelectorCategory	Image Set Selector Category	0
00720038	US	2	RelativeTime	Relative Time	0
0072003A	CS	1	RelativeTimeUnits	Relative Time Units	0
0072003C	SS	2	AbstractPriorValue	Abstract Prior Value	0
0072003E	SQ	1	AbstractPriorCodeSequence	Abstract Prior Code Sequence	0
00720040	LO	1	ImageSetLabel	Image Set Label	0
00720050	CS	1	SelectorAttributeVR	Selector Attribute VR	0
00720052	AT	1-n	SelectorSequencePointer	Selector Sequence Pointer	0
00720054	LO	1-n	SelectorSequencePointerPrivateCreator	Selector Sequence Pointer Private Creator	0
00720056	LO	1	SelectorAttributePrivateCreator	Selector Attribute Private Creator	0
0072005E	AE	1-n	SelectorAEValue	Selector AE Value	0
0072005F	AS	1-n	SelectorASValue	Selector AS Value	0
00720060	AT	1-n	SelectorATValue	Selector AT Value	0
00720061	DA	1-n	SelectorDAValue	Selector DA Value	0
00720062	CS	1-n	SelectorCSValue	Selector CS Value	0
00720063	DT	1-n	SelectorDTValue	Selector DT Value	0
00720064	IS	1-n	SelectorISValue	Selector IS Value	0
00720065	OB	1	SelectorOBValue	Selector OB Value	0
00720066	LO	1-n	SelectorLOValue	Selector LO Value	0
00720067	OF	1	SelectorOFValue	Selector OF Value	0
00720068	LT	1	SelectorLTValue	Selector LT Value	0
00720069	OW	1	SelectorOWValue	Selector OW Value	0
0072006A	PN	1-n	SelectorPNValue	Selector PN Value	0
0072006B	TM	1-n	SelectorTMValue	Selector TM Value	0
0072006C	SH	1-n	SelectorSHValue	Selector SH Value	0
0072006D	UN	1	SelectorUNValue	Selector UN Value	0
0072006E	ST	1	SelectorSTValue	Selector ST Value	0
0072006F	UC	1-n	SelectorUCValue	Selector UC Value	0
00720070	UT	1	SelectorUTValue	Selector UT Value	0
00720071	UR	1	SelectorURValue	Selector UR Value	0
00720072	DS	1-n	SelectorDSValue	Selector DS Value	0
00720073	OD	1	SelectorODValue	Selector OD Value	0
00720074	FD	1-n	SelectorFDValue	Selector FD Value	0
00720075	OL	1	SelectorOLValue	Selector OL Value	0
00720076	FL	1-n	SelectorFLValue	Selector FL Value	0
00720078	UL	1-n	SelectorULValue	Selector UL Value	0
0072007A	US	1-n	SelectorUSValue	Selector US Value	0
0072007C	SL	1-n	SelectorSLValue	Selector SL Value	0
0072007E	SS	1-n	SelectorSSValue	Selector SS Value	0
0072007F	UI	1-n	SelectorUIValue	Selector UI Value	0
00720080	SQ	1	SelectorCodeSequenceValue	Selector Code Sequence Value	0
00720081	OV	1	SelectorOVValue	Selector OV Value	0
00720082	SV	1-n	SelectorSVValue	Selector SV Value	0
00720083	UV	1-n	SelectorUVValue	Selector UV Value	0
00720100	US	1	NumberOfScreens	Number of Screens	0
00720102	SQ	1	NominalScreenDefinitionSequence	Nominal Screen Definition Sequence	0
00720104	US	1	NumberOfVerticalPixels	Number of Vertical Pixels	0
00720106	US	1	NumberOfHorizontalPixels	Number of Horizontal Pixels	0
00720108	FD	4	DisplayEnvironmentSpatialPosition	Display Environment Spatial Position	0
0072010A	US	1	ScreenMinimumGrayscaleBitDepth	Screen Minimum Grayscale Bit Depth	0
0072010C	US	1	ScreenMinimumColorBitDepth	Screen Minimum Color Bit Depth	0
0072010E	US	1	ApplicationMaximumRepaintTime	Application Maximum Repaint Time	0
00720200	SQ	1	DisplaySetsSequence	Display Sets Sequence	0
00720202	US	1	DisplaySetNumber	Display Set Number	0
00720203	LO	1	DisplaySetLabel	Display Set Label	0
00720204	US	1	DisplaySetPresentationGroup	Display Set Presentation Group	0
00720206	LO	1	DisplaySetPresentationGroupDescription	Display Set Presentation Group Description	0
00720208	CS	1	PartialDataDisplayHandling	Partial Data Display Handling	0
00720210	SQ	1	SynchronizedScrollingSequence	Synchronized Scrolling Sequence	0
00720212	US	2-n	DisplaySetScrollingGroup	Display Set Scrolling Group	0
00720214	SQ	1	NavigationIndicatorSequence	Navigation Indicator Sequence	0
00720216	US	1	NavigationDisplaySet	Navigation Display Set	0
00720218	US	1-n	ReferenceDisplaySets	Reference Display Sets	0
00720300	SQ	1	ImageBoxesSequence	Image Boxes Sequence	0
00720302	US	1	ImageBoxNumber	Image Box Number	0
00720304	CS	1	ImageBoxLayoutType	Image Box Layout Type	0
00720306	US	1	ImageBoxTileHorizontalDimension	Image Box Tile Horizontal Dimension	0
00720308	US	1	ImageBoxTileVerticalDimension	Image Box Tile Vertical Dimension	0
00720310	CS	1	ImageBoxScrollDirection	Image Box Scroll Direction	0
00720312	CS	1	ImageBoxSmallScrollType	Image Box Small Scroll Type	0
00720314	US	1	ImageBoxSmallScrollAmount	Image Box Small Scroll Amount	0
00720316	CS	1	ImageBoxLargeScrollType	Image Box Large Scroll Type	0
00720318	US	1	ImageBoxLargeScrollAmount	Image Box Large Scroll Amount	0
00720320	US	1	ImageBoxOverlapPriority	Image Box Overlap Priority	0
00720330	FD	1	CineRelativeToRealTime	Cine Relative to Real-Time	0
00720400	SQ	1	FilterOperationsSequence	Filter Operations Sequence	0
00720402	CS	1	FilterByCategory	Filter-by Category	0
00720404	CS	1	FilterByAttributePresence	Filter-by Attribute Presence	0
00720406	CS	1	FilterByOperator	Filter-by Operator	0
00720420	US	3	StructuredDisplayBackgroundCIELabValue	Structured Display Background CIELab Value	0
00720421	US	3	EmptyImageBoxCIELabValue	Empty Image Box CIELab Value	0
00720422	SQ	1	StructuredDisplayImageBoxSequence	Structured Display Image Box Sequence	0
00720424	SQ	1	StructuredDisplayTextBoxSequence	Structured Display Text Box Sequence	0
00720427	SQ	1	ReferencedFirstFrameSequence	Referenced First Frame Sequence	0
00720430	SQ	1	ImageBoxSynchronizationSequence	Image Box Synchronization Sequence	0
00720432	US	2-n	SynchronizedImageBoxList	Synchronized Image Box List	0
00720434	CS	1	TypeOfSynchronization	Type of Synchronization	0
00720500	CS	1	BlendingOperationType	Blending Operation Type	0
00720510	CS	1	ReformattingOperationType	Reformatting Operation Type	0
00720512	FD	1	ReformattingThickness	Reformatting Thickness	0
00720514	FD	1	ReformattingInterval	Reformatting Interval	0
00720516	CS	1	ReformattingOperationInitialViewDirection	Reformatting Operation Initial View Direction	0
00720520	CS	1-n	ThreeDRenderingType	3D Rendering Type	0
00720600	SQ	1	SortingOperationsSequence	Sorting Operations Sequence	0
00720602	CS	1	SortByCategory	Sort-by Category	0
00720604	CS	1	SortingDirection	Sorting Direction	0
00720700	CS	2	DisplaySetPatientOrientation	Display Set Patient Orientation	0
00720702	CS	1	VOIType	VOI Type	0
00720704	CS	1	PseudoColorType	Pseudo-Color Type	0
00720705	SQ	1	PseudoColorPaletteInstanceReferenceSequence	Pseudo-Color Palette Instance Reference Sequence	0
00720706	CS	1	ShowGrayscaleInverted	Show Grayscale Inverted	0
00720710	CS	1	ShowImageTrueSizeFlag	Show Image True Size Flag	0
00720712	CS	1	ShowGraphicAnnotationFlag	Show Graphic Annotation Flag	0
00720714	CS	1	ShowPatientDemographicsFlag	Show Patient Demographics Flag	0
00720716	CS	1	ShowAcquisitionTechniquesFlag	Show Acquisition Techniques Flag	0
00720717	CS	1	DisplaySetHorizontalJustification	Display Set Horizontal Justification	0
00720718	CS	1	DisplaySetVerticalJustification	Display Set Vertical Justification	0
00740120	FD	1	ContinuationStartMeterset	Continuation Start Meterset	0
00740121	FD	1	ContinuationEndMeterset	Continuation End Meterset	0
00741000	CS	1	ProcedureStepState	Procedure Step State	0
00741002	SQ	1	ProcedureStepProgressInformationSequence	Procedure Step Progress Information Sequence	0
00741004	DS	1	ProcedureStepProgress	Procedure Step Progress	0
00741006	ST	1	ProcedureStepProgressDescription	Procedure Step Progress Description	0
00741007	SQ	1	ProcedureStepProgressParametersSequence	Procedure Step Progress Parameters Sequence	0
00741008	SQ	1	ProcedureStepCommunicationsURISequence	Procedure Step Communications URI Sequence	0
0074100A	UR	1	ContactURI	Contact URI	0
0074100C	LO	1	ContactDisplayName	Contact Display Name	0
0074100E	SQ	1	ProcedureStepDiscontinuationReasonCodeSequence	Procedure Step Discontinuation Reason Code Sequence	0
00741020	SQ	1	BeamTaskSequence	Beam Task Sequence	0
00741022	CS	1	BeamTaskType	Beam Task Type	0
00741024	IS	1	BeamOrderIndexTrial	Beam Order Index (Trial)	1
00741025	CS	1	AutosequenceFlag	Autosequence Flag	0
00741026	FD	1	TableTopVerticalAdjustedPosition	Table Top Vertical Adjusted Position	0
00741027	FD	1	TableTopLongitudinalAdjustedPosition	Table Top Longitudinal Adjusted Position	0
00741028	FD	1	TableTopLateralAdjustedPosition	Table Top Lateral Adjusted Position	0
0074102A	FD	1	PatientSupportAdjustedAngle	Patient Support Adjusted Angle	0
0074102B	FD	1	TableTopEccentricAdjustedAngle	Table Top Eccentric Adjusted Angle	0
0074102C	FD	1	TableTopPitchAdjustedAngle	Table Top Pitch Adjusted Angle	0
0074102D	FD	1	TableTopRollAdjustedAngle	Table Top Roll Adjusted Angle	0
00741030	SQ	1	DeliveryVerificationImageSequence	Delivery Verification Image Sequence	0
00741032	CS	1	VerificationImageTiming	Verification Image Timing	0
00741034	CS	1	DoubleExposureFlag	Double Exposure Flag	0
00741036	CS	1	DoubleExposureOrdering	Double Exposure Ordering	0
00741038	DS	1	DoubleExposureMetersetTrial	Double Exposure Meterset (Trial)	1
0074103A	DS	4	DoubleExposureFieldDeltaTrial	Double Exposure Field Delta (Trial)	1
00741040	SQ	1	RelatedReferenceRTImageSequence	Related Reference RT Image Sequence	0
00741042	SQ	1	GeneralMachineVerificationSequence	General Machine Verification Sequence	0
00741044	SQ	1	ConventionalMachineVerificationSequence	Conventional Machine Verification Sequence	0
00741046	SQ	1	IonMachineVerificationSequence	Ion Machine Verification Sequence	0
00741048	SQ	1	FailedAttributesSequence	Failed Attributes Sequence	0
0074104A	SQ	1	OverriddenAttributesSequence	Overridden Attributes Sequence	0
0074104C	SQ	1	ConventionalControlPointVerificationSequence	Conventional Control Point Verification Sequence	0
0074104E	SQ	1	IonControlPointVerificationSequence	Ion Control Point Verification Sequence	0
00741050	SQ	1	AttributeOccurrenceSequence	Attribute Occurrence Sequence	0
00741052	AT	1	AttributeOccurrencePointer	Attribute Occurrence Pointer	0
00741054	UL	1	AttributeItemSelector	Attribute Item Selector	0
00741056	LO	1	AttributeOccurrencePrivateCreator	Attribute Occurrence Private Creator	0
00741057	IS	1-n	SelectorSequencePointerItems	Selector Sequence Pointer Items	0
00741200	CS	1	ScheduledProcedureStepPriority	Scheduled Procedure Step Priority	0
00741202	LO	1	WorklistLabel	Worklist Label	0
00741204	LO	1	ProcedureStepLabel	Procedure Step Label	0
00741210	SQ	1	ScheduledProcessingParametersSequence	Scheduled Processing Parameters Sequence	0
00741212	SQ	1	PerformedProcessingParametersSequence	Performed Processing Parameters Sequence	0
00741216	SQ	1	UnifiedProcedureStepPerformedProcedureSequence	Unified Procedure Step Performed Procedure Sequence	0
00741220	SQ	1	RelatedProcedureStepSequence	Related Procedure Step Sequence	1
00741222	LO	1	ProcedureStepRelationshipType	Procedure Step Relationship Type	1
00741224	SQ	1	ReplacedProcedureStepSequence	Replaced Procedure Step Sequence	0
00741230	LO	1	DeletionLock	Deletion Lock	0
00741234	AE	1	ReceivingAE	Receiving AE	0
00741236	AE	1	RequestingAE	Requesting AE	0
00741238	LT	1	ReasonForCancellation	Reason for Cancellation	0
00741242	CS	1	SCPStatus	SCP Status	0
00741244	CS	1	SubscriptionListStatus	Subscription List Status	0
00741246	CS	1	UnifiedProcedureStepListStatus	Unified Procedure Step List Status	0
00741324	UL	1	BeamOrderIndex	Beam Order Index	0
00741338	FD	1	DoubleExposureMeterset	Double Exposure Meterset	0
0074133A	FD	4	DoubleExposureFieldDelta	Double Exposure Field Delta	0
00741401	SQ	1	BrachyTaskSequence	Brachy Task Sequence	0
00741402	DS	1	ContinuationStartTotalReferenceAirKerma	Continuation Start Total Reference Air Kerma	0
00741403	DS	1	ContinuationEndTotalReferenceAirKerma	Continuation End Total Reference Air Kerma	0
00741404	IS	1	ContinuationPulseNumber	Continuation Pulse Number	0
00741405	SQ	1	ChannelDeliveryOrderSequence	Channel Delivery Order Sequence	0
00741406	IS	1	ReferencedChannelNumber	Referenced Channel Number	0
00741407	DS	1	StartCumulativeTimeWeight	Start Cumulative Time Weight	0
00741408	DS	1	EndCumulativeTimeWeight	End Cumulative Time Weight	0
00741409	SQ	1	OmittedChannelSequence	Omitted Channel Sequence	0
0074140A	CS	1	ReasonForChannelOmission	Reason for Channel Omission	0
0074140B	LO	1	ReasonForChannelOmissionDescription	Reason for Channel Omission Description	0
0074140C	IS	1	ChannelDeliveryOrderIndex	Channel Delivery Order Index	0
0074140D	SQ	1	ChannelDeliveryContinuationSequence	Channel Delivery Continuation Sequence	0
0074140E	SQ	1	OmittedApplicationSetupSequence	Omitted Application Setup Sequence	0
00760001	LO	1	ImplantAssemblyTemplateName	Implant Assembly Template Name	0
00760003	LO	1	ImplantAssemblyTemplateIssuer	Implant Assembly Template Issuer	0
00760006	LO	1	ImplantAssemblyTemplateVersion	Implant Assembly Template Version	0
00760008	SQ	1	ReplacedImplantAssemblyTemplateSequence	Replaced Implant Assembly Template Sequence	0
0076000A	CS	1	ImplantAssemblyTemplateType	Implant Assembly Template Type	0
0076000C	SQ	1	OriginalImplantAssemblyTemplateSequence	Original Implant Assembly Template Sequence	0
0076000E	SQ	1	DerivationImplantAssemblyTemplateSequence	Derivation Implant Assembly Template Sequence	0
00760010	SQ	1	ImplantAssemblyTemplateTargetAnatomySequence	Implant Assembly Template Target Anatomy Sequence	0
00760020	SQ	1	ProcedureTypeCodeSequence	Procedure Type Code Sequence	0
00760030	LO	1	SurgicalTechnique	Surgical Technique	0
00760032	SQ	1	ComponentTypesSequence	Component Types Sequence	0
00760034	SQ	1	ComponentTypeCodeSequence	Component Type Code Sequence	0
00760036	CS	1	ExclusiveComponentType	Exclusive Component Type	0
00760038	CS	1	MandatoryComponentType	Mandatory Component Type	0
00760040	SQ	1	ComponentSequence	Component Sequence	0
00760055	US	1	ComponentID	Component ID	0
00760060	SQ	1	ComponentAssemblySequence	Component Assembly Sequence	0
00760070	US	1	Component1ReferencedID	Component 1 Referenced ID	0
00760080	US	1	Component1ReferencedMatingFeatureSetID	Component 1 Referenced Mating Feature Set ID	0
00760090	US	1	Component1ReferencedMatingFeatureID	Component 1 Referenced Mating Feature ID	0
007600A0	US	1	Component2ReferencedID	Component 2 Referenced ID	0
007600B0	US	1	Component2ReferencedMatingFeatureSetID	Component 2 Referenced Mating Feature Set ID	0
007600C0	US	1	Component2ReferencedMatingFeatureID	Component 2 Referenced Mating Feature ID	0
00780001	LO	1	ImplantTemplateGroupName	Implant Template Group Name	0
00780010	ST	1	ImplantTemplateGroupDescription	Implant Template Group Description	0
00780020	LO	1	ImplantTemplateGroupIssuer	Implant Template Group Issuer	0
00780024	LO	1	ImplantTemplateGroupVersion	Implant Template Group Version	0
00780026	SQ	1	ReplacedImplantTemplateGroupSequence	Replaced Implant Template Group Sequence	0
00780028	SQ	1	ImplantTemplateGroupTargetAnatomySequence	Implant Template Group Target Anatomy Sequence	0
0078002A	SQ	1	ImplantTemplateGroupMembersSequence	Implant Template Group Members Sequence	0
0078002E	US	1	ImplantTemplateGroupMemberID	Implant Template Group Member ID	0
00780050	FD	3	ThreeDImplantTemplateGroupMemberMatchingPoint	3D Implant Template Group Member Matching Point	0
00780060	FD	9	ThreeDImplantTemplateGroupMemberMatchingAxes	3D Implant Template Group Member Matching Axes	0
00780070	SQ	1	ImplantTemplateGroupMemberMatching2DCoordinatesSequence	Implant Template Group Member Matching 2D Coordinates Sequence	0
00780090	FD	2	TwoDImplantTemplateGroupMemberMatchingPoint	2D Implant Template Group Member Matching Point	0
007800A0	FD	4	TwoDImplantTemplateGroupMemberMatchingAxes	2D Implant Template Group Member Matching Axes	0
007800B0	SQ	1	ImplantTemplateGroupVariationDimensionSequence	Implant Template Group Variation Dimension Sequence	0
007800B2	LO	1	ImplantTemplateGroupVariationDimensionName	Implant Template Group Variation Dimension Name	0
007800B4	SQ	1	ImplantTemplateGroupVariationDimensionRankSequence	Implant Template Group Variation Dimension Rank Sequence	0
007800B6	US	1	ReferencedImplantTemplateGroupMemberID	Referenced Implant Template Group Member ID	0
007800B8	US	1	ImplantTemplateGroupVariationDimensionRank	Implant Template Group Variation Dimension Rank	0
00800001	SQ	1	SurfaceScanAcquisitionTypeCodeSequence	Surface Scan Acquisition Type Code Sequence	0
00800002	SQ	1	SurfaceScanModeCodeSequence	Surface Scan Mode Code Sequence	0
00800003	SQ	1	RegistrationMethodCodeSequence	Registration Method Code Sequence	0
00800004	FD	1	ShotDurationTime	Shot Duration Time	0
00800005	FD	1	ShotOffsetTime	Shot Offset Time	0
00800006	US	1-n	SurfacePointPresentationValueData	Surface Point Presentation Value Data	0
00800007	US	3-3n	SurfacePointColorCIELabValueData	Surface Point Color CIELab Value Data	0
00800008	SQ	1	UVMappingSequence	UV Mapping Sequence	0
00800009	SH	1	TextureLabel	Texture Label	0
00800010	OF	1	UValueData	U Value Data	0
00800011	OF	1	VValueData	V Value Data	0
00800012	SQ	1	ReferencedTextureSequence	Referenced Texture Sequence	0
00800013	SQ	1	ReferencedSurfaceDataSequence	Referenced Surface Data Sequence	0
00820001	CS	1	AssessmentSummary	Assessment Summary	0
00820003	UT	1	AssessmentSummaryDescription	Assessment Summary Description	0
00820004	SQ	1	AssessedSOPInstanceSequence	Assessed SOP Instance Sequence	0
00820005	SQ	1	ReferencedComparisonSOPInstanceSequence	Referenced Comparison SOP Instance Sequence	0
00820006	UL	1	NumberOfAssessmentObservations	Number of Assessment Observations	0
00820007	SQ	1	AssessmentObservationsSequence	Assessment Observations Sequence	0
00820008	CS	1	ObservationSignificance	Observation Significance	0
0082000A	UT	1	ObservationDescription	Observation Description	0
0082000C	SQ	1	StructuredConstraintObservationSequence	Structured Constraint Observation Sequence	0
00820010	SQ	1	AssessedAttributeValueSequence	Assessed Attribute Value Sequence	0
00820016	LO	1	AssessmentSetID	Assessment Set ID	0
00820017	SQ	1	AssessmentRequesterSequence	Assessment Requester Sequence	0
00820018	LO	1	SelectorAttributeName	Selector Attribute Name	0
00820019	LO	1	SelectorAttributeKeyword	Selector Attribute Keyword	0
00820021	SQ	1	AssessmentTypeCodeSequence	Assessment Type Code Sequence	0
00820022	SQ	1	ObservationBasisCodeSequence	Observation Basis Code Sequence	0
00820023	LO	1	AssessmentLabel	Assessment Label	0
00820032	CS	1	ConstraintType	Constraint Type	0
00820033	UT	1	SpecificationSelectionGuidance	Specification Selection Guidance	0
00820034	SQ	1	ConstraintValueSequence	Constraint Value Sequence	0
00820035	SQ	1	RecommendedDefaultValueSequence	Recommended Default Value Sequence	0
00820036	CS	1	ConstraintViolationSignificance	Constraint Violation Significance	0
00820037	UT	1	ConstraintViolationCondition	Constraint Violation Condition	0
00820038	CS	1	ModifiableConstraintFlag	Modifiable Constraint Flag	0
00880130	SH	1	StorageMediaFileSetID	Storage Media File-set ID	0
00880140	UI	1	StorageMediaFileSetUID	Storage Media File-set UID	0
00880200	SQ	1	IconImageSequence	Icon Image Sequence	0
00880904	LO	1	TopicTitle	Topic Title	1
00880906	ST	1	TopicSubject	Topic Subject	1
00880910	LO	1	TopicAuthor	Topic Author	1
00880912	LO	1-32	TopicKeywords	Topic Keywords	1
01000410	CS	1	SOPInstanceStatus	SOP Instance Status	0
01000420	DT	1	SOPAuthorizationDateTime	SOP Authorization DateTime	0
01000424	LT	1	SOPAuthorizationComment	SOP Authorization Comment	0
01000426	LO	1	AuthorizationEquipmentCertificationNumber	Authorization Equipment Certification Number	0
04000005	US	1	MACIDNumber	MAC ID Number	0
04000010	UI	1	MACCalculationTransferSyntaxUID	MAC Calculation Transfer Syntax UID	0
04000015	CS	1	MACAlgorithm	MAC Algorithm	0
04000020	AT	1-n	DataElementsSigned	Data Elements Signed	0
04000100	UI	1	DigitalSignatureUID	Digital Signature UID	0
04000105	DT	1	DigitalSignatureDateTime	Digital Signature DateTime	0
04000110	CS	1	CertificateType	Certificate Type	0
04000115	OB	1	CertificateOfSigner	Certificate of Signer	0
04000120	OB	1	Signature	Signature	0
04000305	CS	1	CertifiedTimestampType	Certified Timestamp Type	0
04000310	OB	1	CertifiedTimestamp	Certified Timestamp	0
04000315	FL	1			1
04000401	SQ	1	DigitalSignaturePurposeCodeSequence	Digital Signature Purpose Code Sequence	0
04000402	SQ	1	ReferencedDigitalSignatureSequence	Referenced Digital Signature Sequence	0
04000403	SQ	1	ReferencedSOPInstanceMACSequence	Referenced SOP Instance MAC Sequence	0
04000404	OB	1	MAC	MAC	0
04000500	SQ	1	EncryptedAttributesSequence	Encrypted Attributes Sequence	0
04000510	UI	1	EncryptedContentTransferSyntaxUID	Encrypted Content Transfer Syntax UID	0
04000520	OB	1	EncryptedContent	Encrypted Content	0
04000550	SQ	1	ModifiedAttributesSequence	Modified Attributes Sequence	0
04000551	SQ	1	NonconformingModifiedAttributesSequence	Nonconforming Modified Attributes Sequence	0
04000552	OB	1	NonconformingDataElementValue	Nonconforming Data Element Value	0
04000561	SQ	1	OriginalAttributesSequence	Original Attributes Sequence	0
04000562	DT	1	AttributeModificationDateTime	Attribute Modification DateTime	0
04000563	LO	1	ModifyingSystem	Modifying System	0
04000564	LO	1	SourceOfPreviousValues	Source of Previous Values	0
04000565	CS	1	ReasonForTheAttributeModification	Reason for the Attribute Modification	0
04000600	CS	1	InstanceOriginStatus	Instance Origin Status	0
20000010	IS	1	NumberOfCopies	Number of Copies	0
2000001E	SQ	1	PrinterConfigurationSequence	Printer Configuration Sequence	0
20000020	CS	1	PrintPriority	Print Priority	0
20000030	CS	1	MediumType	Medium Type	0
20000040	CS	1	FilmDestination	Film Destination	0
20000050	LO	1	FilmSessionLabel	Film Session Label	0
20000060	IS	1	MemoryAllocation	Memory Allocation	0
20000061	IS	1	MaximumMemoryAllocation	Maximum Memory Allocation	0
20000062	CS	1	ColorImagePrintingFlag	Color Image Printing Flag	1
20000063	CS	1	CollationFlag	Collation Flag	1
20000065	CS	1	AnnotationFlag	Annotation Flag	1
20000067	CS	1	ImageOverlayFlag	Image Overlay Flag	1
20000069	CS	1	PresentationLUTFlag	Presentation LUT Flag	1
2000006A	CS	1	ImageBoxPresentationLUTFlag	Image Box Presentation LUT Flag	1
200000A0	US	1	MemoryBitDepth	Memory Bit Depth	0
200000A1	US	1	PrintingBitDepth	Printing Bit Depth	0
200000A2	SQ	1	MediaInstalledSequence	Media Installed Sequence	0
200000A4	SQ	1	OtherMediaAvailableSequence	Other Media Available Sequence	0
200000A8	SQ	1	SupportedImageDisplayFormatsSequence	Supported Image Display Formats Sequence	0
20000500	SQ	1	ReferencedFilmBoxSequence	Referenced Film Box Sequence	0
20000510	SQ	1	ReferencedStoredPrintSequence	Referenced Stored Print Sequence	1
20100010	ST	1	ImageDisplayFormat	Image Display Format	0
20100030	CS	1	AnnotationDisplayFormatID	Annotation Display Format ID	0
20100040	CS	1	FilmOrientation	Film Orientation	0
20100050	CS	1	FilmSizeID	Film Size ID	0
20100052	CS	1	PrinterResolutionID	Printer Resolution ID	0
20100054	CS	1	DefaultPrinterResolutionID	Default Printer Resolution ID	0
20100060	CS	1	MagnificationType	Magnification Type	0
20100080	CS	1	SmoothingType	Smoothing Type	0
201000A6	CS	1	DefaultMagnificationType	Default Magnification Type	0
201000A7	CS	1-n	OtherMagnificationTypesAvailable	Other Magnification Types Available	0
201000A8	CS	1	DefaultSmoothingType	Default Smoothing Type	0
201000A9	CS	1-n	OtherSmoothingTypesAvailable	Other Smoothing Types Available	0
20100100	CS	1	BorderDensity	Border Density	0
20100110	CS	1	EmptyImageDensity	Empty Image Density	0
20100120	US	1	MinDensity	Min Density	0
20100130	US	1	MaxDensity	Max Density	0
20100140	CS	1	Trim	Trim	0
20100150	ST	1	ConfigurationInformation	Configuration Information	0
20100152	LT	1	ConfigurationInformationDescription	Configuration Information Description	0
20100154	IS	1	MaximumCollatedFilms	Maximum Collated Films	0
2010015E	US	1	Illumination	Illumination	0
20100160	US	1	ReflectedAmbientLight	Reflected Ambient Light	0
20100376	DS	2	PrinterPixelSpacing	Printer Pixel Spacing	0
20100500	SQ	1	ReferencedFilmSessionSequence	Referenced Film Session Sequence	0
20100510	SQ	1	ReferencedImageBoxSequence	Referenced Image Box Sequence	0
20100520	SQ	1	ReferencedBasicAnnotationBoxSequence	Referenced Basic Annotation Box Sequence	0
20200010	US	1	ImageBoxPosition	Image Box Position	0
20200020	CS	1	Polarity	Polarity	0
20200030	DS	1	RequestedImageSize	Requested Image Size	0
20200040	CS	1	RequestedDecimateCropBehavior	Requested Decimate/Crop Behavior	0
20200050	CS	1	RequestedResolutionID	Requested Resolution ID	0
202000A0	CS	1	RequestedImageSizeFlag	Requested Image Size Flag	0
202000A2	CS	1	DecimateCropResult	Decimate/Crop Result	0
20200110	SQ	1	BasicGrayscaleImageSequence	Basic Grayscale Image Sequence	0
20200111	SQ	1	BasicColorImageSequence	Basic Color Image Sequence	0
20200130	SQ	1	ReferencedImageOverlayBoxSequence	Referenced Image Overlay Box Sequence	1
20200140	SQ	1	ReferencedVOILUTBoxSequence	Referenced VOI LUT Box Sequence	1
20300010	US	1	AnnotationPosition	Annotation Position	0
20300020	LO	1	TextString	Text String	0
20400010	SQ	1	ReferencedOverlayPlaneSequence	Referenced Overlay Plane Sequence	1
20400011	US	1-99	ReferencedOverlayPlaneGroups	Referenced Overlay Plane Groups	1
20400020	SQ	1	OverlayPixelDataSequence	Overlay Pixel Data Sequence	1
20400060	CS	1	OverlayMagnificationType	Overlay Magnification Type	1
20400070	CS	1	OverlaySmoothingType	Overlay Smoothing Type	1
20400072	CS	1	OverlayOrImageMagnification	Overlay or Image Magnification	1
20400074	US	1	MagnifyToNumberOfColumns	Magnify to Number of Columns	1
20400080	CS	1	OverlayForegroundDensity	Overlay Foreground Density	1
20400082	CS	1	OverlayBackgroundDensity	Overlay Background Density	1
20400090	CS	1	OverlayMode	Overlay Mode	1
20400100	CS	1	ThresholdDensity	Threshold Density	1
20400500	SQ	1	ReferencedImageBoxSequenceRetired	Referenced Image Box Sequence (Retired)	1
20500010	SQ	1	PresentationLUTSequence	Presentation LUT Sequence	0
20500020	CS	1	PresentationLUTShape	Presentation LUT Shape	0
20500500	SQ	1	ReferencedPresentationLUTSequence	Referenced Presentation LUT Sequence	0
21000010	SH	1	PrintJobID	Print Job ID	1
21000020	CS	1	ExecutionStatus	Execution Status	0
21000030	CS	1	ExecutionStatusInfo	Execution Status Info	0
21000040	DA	1	CreationDate	Creation Date	0
21000050	TM	1	CreationTime	Creation Time	0
21000070	AE	1	Originator	Originator	0
21000140	AE	1	DestinationAE	Destination AE	0
21000160	SH	1	OwnerID	Owner ID	0
21000170	IS	1	NumberOfFilms	Number of Films	0
21000500	SQ	1	ReferencedPrintJobSequencePullStoredPrint	Referenced Print Job Sequence (Pull Stored Print)	1
21100010	CS	1	PrinterStatus	Printer Status	0
21100020	CS	1	PrinterStatusInfo	Printer Status Info	0
21100030	LO	1	PrinterName	Printer Name	0
21100099	SH	1	PrintQueueID	Print Queue ID	1
21200010	CS	1	QueueStatus	Queue Status	1
21200050	SQ	1	PrintJobDescriptionSequence	Print Job Description Sequence	1
21200070	SQ	1	ReferencedPrintJobSequence	Referenced Print Job Sequence	1
21300010	SQ	1	PrintManagementCapabilitiesSequence	Print Management Capabilities Sequence	1
21300015	SQ	1	PrinterCharacteristicsSequence	Printer Characteristics Sequence	1
21300030	SQ	1	FilmBoxContentSequence	Film Box Content Sequence	1
21300040	SQ	1	ImageBoxContentSequence	Image Box Content Sequence	1
21300050	SQ	1	AnnotationContentSequence	Annotation Content Sequence	1
21300060	SQ	1	ImageOverlayBoxContentSequence	Image Overlay Box Content Sequence	1
21300080	SQ	1	PresentationLUTContentSequence	Presentation LUT Content Sequence	1
213000A0	SQ	1	ProposedStudySequence	Proposed Study Sequence	0
213000C0	SQ	1	OriginalImageSequence	Original Image Sequence	0
22000001	CS	1	LabelUsingInformationExtractedFromInstances	Label Using Information Extracted From Instances	0
22000002	UT	1	LabelText	Label Text	0
22000003	CS	1	LabelStyleSelection	Label Style Selection	0
22000004	LT	1	MediaDisposition	Media Disposition	0
22000005	LT	1	BarcodeValue	Barcode Value	0
22000006	CS	1	BarcodeSymbology	Barcode Symbology	0
22000007	CS	1	AllowMediaSplitting	Allow Media Splitting	0
22000008	CS	1	IncludeNonDICOMObjects	Include Non-DICOM Objects	0
22000009	CS	1	IncludeDisplayApplication	Include Display Application	0
2200000A	CS	1	PreserveCompositeInstancesAfterMediaCreation	Preserve Composite Instances After Media Creation	0
2200000B	US	1	TotalNumberOfPiecesOfMediaCreated	Total Number of Pieces of Media Created	0
2200000C	LO	1	RequestedMediaApplicationProfile	Requested Media Application Profile	0
2200000D	SQ	1	ReferencedStorageMediaSequence	Referenced Storage Media Sequence	0
2200000E	AT	1-n	FailureAttributes	Failure Attributes	0
2200000F	CS	1	AllowLossyCompression	Allow Lossy Compression	0
22000020	CS	1	RequestPriority	Request Priority	0
30020002	SH	1	RTImageLabel	RT Image Label	0
30020003	LO	1	RTImageName	RT Image Name	0
30020004	ST	1	RTImageDescription	RT Image Description	0
3002000A	CS	1	ReportedValuesOrigin	Reported Values Origin	0
3002000C	CS	1	RTImagePlane	RT Image Plane	0
3002000D	DS	3	XRayImageReceptorTranslation	X-Ray Image Receptor Translation	0
3002000E	DS	1	XRayImageReceptorAngle	X-Ray Image Receptor Angle	0
30020010	DS	6	RTImageOrientation	RT Image Orientation	0
30020011	DS	2	ImagePlanePixelSpacing	Image Plane Pixel Spacing	0
30020012	DS	2	RTImagePosition	RT Image Position	0
30020020	SH	1	RadiationMachineName	Radiation Machine Name	0
30020022	DS	1	RadiationMachineSAD	Radiation Machine SAD	0
30020024	DS	1	RadiationMachineSSD	Radiation Machine SSD	0
30020026	DS	1	RTImageSID	RT Image SID	0
30020028	DS	1	SourceToReferenceObjectDistance	Source to Reference Object Distance	0
30020029	IS	1	FractionNumber	Fraction Number	0
30020030	SQ	1	ExposureSequence	Exposure Sequence	0
30020032	DS	1	MetersetExposure	Meterset Exposure	0
30020034	DS	4	DiaphragmPosition	Diaphragm Position	0
30020040	SQ	1	FluenceMapSequence	Fluence Map Sequence	0
30020041	CS	1	FluenceDataSource	Fluence Data Source	0
30020042	DS	1	FluenceDataScale	Fluence Data Scale	0
30020050	SQ	1	PrimaryFluenceModeSequence	Primary Fluence Mode Sequence	0
30020051	CS	1	FluenceMode	Fluence Mode	0
30020052	SH	1	FluenceModeID	Fluence Mode ID	0
30020100	IS	1	SelectedFrameNumber	Selected Frame Number	0
30020101	SQ	1	SelectedFrameFunctionalGroupsSequence	Selected Frame Functional Groups Sequence	0
30020102	SQ	1	RTImageFrameGeneralContentSequence	RT Image Frame General Content Sequence	0
30020103	SQ	1	RTImageFrameContextSequence	RT Image Frame Context Sequence	0
30020104	SQ	1	RTImageScopeSequence	RT Image Scope Sequence	0
30020105	CS	1	BeamModifierCoordinatesPresenceFlag	Beam Modifier Coordinates Presence Flag	0
30020106	FD	1	StartCumulativeMeterset	Start Cumulative Meterset	0
30020107	FD	1	StopCumulativeMeterset	Stop Cumulative Meterset	0
30020108	SQ	1	RTAcquisitionPatientPositionSequence	RT Acquisition Patient Position Sequence	0
30020109	SQ	1	RTImageFrameImagingDevicePositionSequence	RT Image Frame Imaging Device Position Sequence	0
3002010A	SQ	1	RTImageFramekVRadiationAcquisitionSequence	RT Image Frame kV Radiation Acquisition Sequence	0
3002010B	SQ	1	RTImageFrameMVRadiationAcquisitionSequence	RT Image Frame MV Radiation Acquisition Sequence	0
3002010C	SQ	1	RTImageFrameRadiationAcquisitionSequence	RT Image Frame Radiation Acquisition Sequence	0
3002010D	SQ	1	ImagingSourcePositionSequence	Imaging Source Position Sequence	0
3002010E	SQ	1	ImageReceptorPositionSequence	Image Receptor Position Sequence	0
3002010F	FD	16	DevicePositionToEquipmentMappingMatrix	Device Position to Equipment Mapping Matrix	0
30020110	SQ	1	DevicePositionParameterSequence	Device Position Parameter Sequence	0
30020111	CS	1	ImagingSourceLocationSpecificationType	Imaging Source Location Specification Type	0
30020112	SQ	1	ImagingDeviceLocationMatrixSequence	Imaging Device Location Matrix Sequence	0
30020113	SQ	1	ImagingDeviceLocationParameterSequence	Imaging Device Location Parameter Sequence	0
30020114	SQ	1	ImagingApertureSequence	Imaging Aperture Sequence	0
30020115	CS	1	ImagingApertureSpecificationType	Imaging Aperture Specification Type	0
30020116	US	1	NumberOfAcquisitionDevices	Number of Acquisition Devices	0
30020117	SQ	1	AcquisitionDeviceSequence	Acquisition Device Sequence	0
30020118	SQ	1	AcquisitionTaskSequence	Acquisition Task Sequence	0
30020119	SQ	1	AcquisitionTaskWorkitemCodeSequence	Acquisition Task Workitem Code Sequence	0
3002011A	SQ	1	AcquisitionSubtaskSequence	Acquisition Subtask Sequence	0
3002011B	SQ	1	SubtaskWorkitemCodeSequence	Subtask Workitem Code Sequence	0
3002011C	US	1	AcquisitionTaskIndex	Acquisition Task Index	0
3002011D	US	1	AcquisitionSubtaskIndex	Acquisition Subtask Index	0
3002011E	SQ	1	ReferencedBaselineParametersRTRadiationInstanceSequence	Referenced Baseline Parameters RT Radiation Instance Sequence	0
3002011F	SQ	1	PositionAcquisitionTemplateIdentificationSequence	Position Acquisition Template Identification Sequence	0
30020120	ST	1	PositionAcquisitionTemplateID	Position Acquisition Template ID	0
30020121	LO	1	PositionAcquisitionTemplateName	Position Acquisition Template Name	0
30020122	SQ	1	PositionAcquisitionTemplateCodeSequence	Position Acquisition Template Code Sequence	0
30020123	LT	1	PositionAcquisitionTemplateDescription	Position Acquisition Template Description	0
30020124	SQ	1	AcquisitionTaskApplicabilitySequence	Acquisition Task Applicability Sequence	0
30020125	SQ	1	ProjectionImagingAcquisitionParameterSequence	Projection Imaging Acquisition Parameter Sequence	0
30020126	SQ	1	CTImagingAcquisitionParameterSequence	CT Imaging Acquisition Parameter Sequence	0
30020127	SQ	1	KVImagingGenerationParametersSequence	KV Imaging Generation Parameters Sequence	0
30020128	SQ	1	MVImagingGenerationParametersSequence	MV Imaging Generation Parameters Sequence	0
30020129	CS	1	AcquisitionSignalType	Acquisition Signal Type	0
3002012A	CS	1	AcquisitionMethod	Acquisition Method	0
3002012B	SQ	1	ScanStartPositionSequence	Scan Start Position Sequence	0
3002012C	SQ	1	ScanStopPositionSequence	Scan Stop Position Sequence	0
3002012D	FD	1	ImagingSourceToBeamModifierDefinitionPlaneDistance	Imaging Source to Beam Modifier Definition Plane Distance	0
3002012E	CS	1	ScanArcType	Scan Arc Type	0
3002012F	CS	1	DetectorPositioningType	Detector Positioning Type	0
30020130	SQ	1	AdditionalRTAccessoryDeviceSequence	Additional RT Accessory Device Sequence	0
30020131	SQ	1	DeviceSpecificAcquisitionParameterSequence	Device-Specific Acquisition Parameter Sequence	0
30020132	SQ	1	ReferencedPositionReferenceInstanceSequence	Referenced Position Reference Instance Sequence	0
30020133	SQ	1	EnergyDerivationCodeSequence	Energy Derivation Code Sequence	0
30020134	FD	1	MaximumCumulativeMetersetExposure	Maximum Cumulative Meterset Exposure	0
30020135	SQ	1	AcquisitionInitiationSequence	Acquisition Initiation Sequence	0
30040001	CS	1	DVHType	DVH Type	0
30040002	CS	1	DoseUnits	Dose Units	0
30040004	CS	1	DoseType	Dose Type	0
30040005	CS	1	SpatialTransformOfDose	Spatial Transform of Dose	0
30040006	LO	1	DoseComment	Dose Comment	0
30040008	DS	3	NormalizationPoint	Normalization Point	0
3004000A	CS	1	DoseSummationType	Dose Summation Type	0
3004000C	DS	2-n	GridFrameOffsetVector	Grid Frame Offset Vector	0
3004000E	DS	1	DoseGridScaling	Dose Grid Scaling	0
30040010	SQ	1	RTDoseROISequence	RT Dose ROI Sequence	1
30040012	DS	1	DoseValue	Dose Value	1
30040014	CS	1-3	TissueHeterogeneityCorrection	Tissue Heterogeneity Correction	0
30040040	DS	3	DVHNormalizationPoint	DVH Normalization Point	0
30040042	DS	1	DVHNormalizationDoseValue	DVH Normalization Dose Value	0
30040050	SQ	1	DVHSequence	DVH Sequence	0
30040052	DS	1	DVHDoseScaling	DVH Dose Scaling	0
30040054	CS	1	DVHVolumeUnits	DVH Volume Units	0
30040056	IS	1	DVHNumberOfBins	DVH Number of Bins	0
30040058	DS	2-2n	DVHData	DVH Data	0
30040060	SQ	1	DVHReferencedROISequence	DVH Referenced ROI Sequence	0
30040062	CS	1	DVHROIContributionType	DVH ROI Contribution Type	0
30040070	DS	1	DVHMinimumDose	DVH Minimum Dose	0
30040072	DS	1	DVHMaximumDose	DVH Maximum Dose	0
30040074	DS	1	DVHMeanDose	DVH Mean Dose	0
30060002	SH	1	StructureSetLabel	Structure Set Label	0
30060004	LO	1	StructureSetName	Structure Set Name	0
30060006	ST	1	StructureSetDescription	Structure Set Description	0
30060008	DA	1	StructureSetDate	Structure Set Date	0
30060009	TM	1	StructureSetTime	Structure Set Time	0
30060010	SQ	1	ReferencedFrameOfReferenceSequence	Referenced Frame of Reference Sequence	0
30060012	SQ	1	RTReferencedStudySequence	RT Referenced Study Sequence	0
30060014	SQ	1	RTReferencedSeriesSequence	RT Referenced Series Sequence	0
30060016	SQ	1	ContourImageSequence	Contour Image Sequence	0
30060018	SQ	1	PredecessorStructureSetSequence	Predecessor Structure Set Sequence	0
30060020	SQ	1	StructureSetROISequence	Structure Set ROI Sequence	0
30060022	IS	1	ROINumber	ROI Number	0
30060024	UI	1	ReferencedFrameOfReferenceUID	Referenced Frame of Reference UID	0
30060026	LO	1	ROIName	ROI Name	0
30060028	ST	1	ROIDescription	ROI Description	0
3006002A	IS	3	ROIDisplayColor	ROI Display Color	0
3006002C	DS	1	ROIVolume	ROI Volume	0
3006002D	DT	1	ROIDateTime	ROI DateTime	0
3006002E	DT	1	ROIObservationDateTime	ROI Observation DateTime	0
30060030	SQ	1	RTRelatedROISequence	RT Related ROI Sequence	0
30060033	CS	1	RTROIRelationship	RT ROI Relationship	0
30060036	CS	1	ROIGenerationAlgorithm	ROI Generation Algorithm	0
30060037	SQ	1	ROIDerivationAlgorithmIdentificationSequence	ROI Derivation Algorithm Identification Sequence	0
30060038	LO	1	ROIGenerationDescription	ROI Generation Description	0
30060039	SQ	1	ROIContourSequence	ROI Contour Sequence	0
30060040	SQ	1	ContourSequence	Contour Sequence	0
30060042	CS	1	ContourGeometricType	Contour Geometric Type	0
30060044	DS	1	ContourSlabThickness	Contour Slab Thickness	1
30060045	DS	3	ContourOffsetVector	Contour Offset Vector	1
30060046	IS	1	NumberOfContourPoints	Number of Contour Points	0
30060048	IS	1	ContourNumber	Contour Number	0
30060049	IS	1-n	AttachedContours	Attached Contours	1
3006004A	SQ	1	SourcePixelPlanesCharacteristicsSequence	Source Pixel Planes Characteristics Sequence	0
3006004B	SQ	1	SourceSeriesSequence	Source Series Sequence	0
3006004C	SQ	1	SourceSeriesInformationSequence	Source Series Information Sequence	0
3006004D	SQ	1	ROICreatorSequence	ROI Creator Sequence	0
3006004E	SQ	1	ROIInterpreterSequence	ROI Interpreter Sequence	0
3006004F	SQ	1	ROIObservationContextCodeSequence	ROI Observation Context Code Sequence	0
30060050	DS	3-3n	ContourData	Contour Data	0
30060080	SQ	1	RTROIObservationsSequence	RT ROI Observations Sequence	0
30060082	IS	1	ObservationNumber	Observation Number	0
30060084	IS	1	ReferencedROINumber	Referenced ROI Number	0
30060085	SH	1	ROIObservationLabel	ROI Observation Label	1
30060086	SQ	1	RTROIIdentificationCodeSequence	RT ROI Identification Code Sequence	0
30060088	ST	1	ROIObservationDescription	ROI Observation Description	1
300600A0	SQ	1	RelatedRTROIObservationsSequence	Related RT ROI Observations Sequence	0
300600A4	CS	1	RTROIInterpretedType	RT ROI Interpreted Type	0
300600A6	PN	1	ROIInterpreter	ROI Interpreter	0
300600B0	SQ	1	ROIPhysicalPropertiesSequence	ROI Physical Properties Sequence	0
300600B2	CS	1	ROIPhysicalProperty	ROI Physical Property	0
300600B4	DS	1	ROIPhysicalPropertyValue	ROI Physical Property Value	0
300600B6	SQ	1	ROIElementalCompositionSequence	ROI Elemental Composition Sequence	0
300600B7	US	1	ROIElementalCompositionAtomicNumber	ROI Elemental Composition Atomic Number	0
300600B8	FL	1	ROIElementalCompositionAtomicMassFraction	ROI Elemental Composition Atomic Mass Fraction	0
300600B9	SQ	1	AdditionalRTROIIdentificationCodeSequence	Additional RT ROI Identification Code Sequence	1
300600C0	SQ	1	FrameOfReferenceRelationshipSequence	Frame of Reference Relationship Sequence	1
300600C2	UI	1	RelatedFrameOfReferenceUID	Related Frame of Reference UID	1
300600C4	CS	1	FrameOfReferenceTransformationType	Frame of Reference Transformation Type	1
300600C6	DS	16	FrameOfReferenceTransformationMatrix	Frame of Reference Transformation Matrix	0
300600C8	LO	1	FrameOfReferenceTransformationComment	Frame of Reference Transformation Comment	0
300600C9	SQ	1	PatientLocationCoordinatesSequence	Patient Location Coordinates Sequence	0
300600CA	SQ	1	PatientLocationCoordinatesCodeSequence	Patient Location Coordinates Code Sequence	0
300600CB	SQ	1	PatientSupportPositionSequence	Patient Support Position Sequence	0
30080010	SQ	1	MeasuredDoseReferenceSequence	Measured Dose Reference Sequence	0
30080012	ST	1	MeasuredDoseDescription	Measured Dose Description	0
30080014	CS	1	MeasuredDoseType	Measured Dose Type	0
30080016	DS	1	MeasuredDoseValue	Measured Dose Value	0
30080020	SQ	1	TreatmentSessionBeamSequence	Treatment Session Beam Sequence	0
30080021	SQ	1	TreatmentSessionIonBeamSequence	Treatment Session Ion Beam Sequence	0
30080022	IS	1	CurrentFractionNumber	Current Fraction Number	0
30080024	DA	1	TreatmentControlPointDate	Treatment Control Point Date	0
30080025	TM	1	TreatmentControlPointTime	Treatment Control Point Time	0
3008002A	CS	1	TreatmentTerminationStatus	Treatment Termination Status	0
3008002B	SH	1	TreatmentTerminationCode	Treatment Termination Code	1
3008002C	CS	1	TreatmentVerificationStatus	Treatment Verification Status	0
30080030	SQ	1	ReferencedTreatmentRecordSequence	Referenced Treatment Record Sequence	0
30080032	DS	1	SpecifiedPrimaryMeterset	Specified Primary Meterset	0
30080033	DS	1	SpecifiedSecondaryMeterset	Specified Secondary Meterset	0
30080036	DS	1	DeliveredPrimaryMeterset	Delivered Primary Meterset	0
30080037	DS	1	DeliveredSecondaryMeterset	Delivered Secondary Meterset	0
3008003A	DS	1	SpecifiedTreatmentTime	Specified Treatment Time	0
3008003B	DS	1	DeliveredTreatmentTime	Delivered Treatment Time	0
30080040	SQ	1	ControlPointDeliverySequence	Control Point Delivery Sequence	0
30080041	SQ	1	IonControlPointDeliverySequence	Ion Control Point Delivery Sequence	0
30080042	DS	1	SpecifiedMeterset	Specified Meterset	0
30080044	DS	1	DeliveredMeterset	Delivered Meterset	0
30080045	FL	1	MetersetRateSet	Meterset Rate Set	0
30080046	FL	1	MetersetRateDelivered	Meterset Rate Delivered	0
30080047	FL	1-n	ScanSpotMetersetsDelivered	Scan Spot Metersets Delivered	0
30080048	DS	1	DoseRateDelivered	Dose Rate Delivered	0
30080050	SQ	1	TreatmentSummaryCalculatedDoseReferenceSequence	Treatment Summary Calculated Dose Reference Sequence	0
30080052	DS	1	CumulativeDoseToDoseReference	Cumulative Dose to Dose Reference	0
30080054	DA	1	FirstTreatmentDate	First Treatment Date	0
30080056	DA	1	MostRecentTreatmentDate	Most Recent Treatment Date	0
3008005A	IS	1	NumberOfFractionsDelivered	Number of Fractions Delivered	0
30080060	SQ	1	OverrideSequence	Override Sequence	0
30080061	AT	1	ParameterSequencePointer	Parameter Sequence Pointer	0
30080062	AT	1	OverrideParameterPointer	Override Parameter Pointer	0
30080063	IS	1	ParameterItemIndex	Parameter Item Index	0
30080064	IS	1	MeasuredDoseReferenceNumber	Measured Dose Reference Number	0
30080065	AT	1	ParameterPointer	Parameter Pointer	0
30080066	ST	1	OverrideReason	Override Reason	0
30080067	US	1	ParameterValueNumber	Parameter Value Number	0
30080068	SQ	1	CorrectedParameterSequence	Corrected Parameter Sequence	0
3008006A	FL	1	CorrectionValue	Correction Value	0
30080070	SQ	1	CalculatedDoseReferenceSequence	Calculated Dose Reference Sequence	0
30080072	IS	1	CalculatedDoseReferenceNumber	Calculated Dose Reference Number	0
30080074	ST	1	CalculatedDoseReferenceDescription	Calculated Dose Reference Description	0
30080076	DS	1	CalculatedDoseReferenceDoseValue	Calculated Dose Reference Dose Value	0
30080078	DS	1	StartMeterset	Start Meterset	0
3008007A	DS	1	EndMeterset	End Meterset	0
30080080	SQ	1	ReferencedMeasuredDoseReferenceSequence	Referenced Measured Dose Reference Sequence	0
30080082	IS	1	ReferencedMeasuredDoseReferenceNumber	Referenced Measured Dose Reference Number	0
30080090	SQ	1	ReferencedCalculatedDoseReferenceSequence	Referenced Calculated Dose Reference Sequence	0
30080092	IS	1	ReferencedCalculatedDoseReferenceNumber	Referenced Calculated Dose Reference Number	0
300800A0	SQ	1	BeamLimitingDeviceLeafPairsSequence	Beam Limiting Device Leaf Pairs Sequence	0
300800A1	SQ	1	EnhancedRTBeamLimitingDeviceSequence	Enhanced RT Beam Limiting Device Sequence	0
300800A2	SQ	1	EnhancedRTBeamLimitingOpeningSequence	Enhanced RT Beam Limiting Opening Sequence	0
300800A3	CS	1	EnhancedRTBeamLimitingDeviceDefinitionFlag	Enhanced RT Beam Limiting Device Definition Flag	0
300800A4	FD	2-2n	ParallelRTBeamDelimiterOpeningExtents	Parallel RT Beam Delimiter Opening Extents	0
300800B0	SQ	1	RecordedWedgeSequence	Recorded Wedge Sequence	0
300800C0	SQ	1	RecordedCompensatorSequence	Recorded Compensator Sequence	0
300800D0	SQ	1	RecordedBlockSequence	Recorded Block Sequence	0
300800D1	SQ	1	RecordedBlockSlabSequence	Recorded Block Slab Sequence	0
300800E0	SQ	1	TreatmentSummaryMeasuredDoseReferenceSequence	Treatment Summary Measured Dose Reference Sequence	0
300800F0	SQ	1	RecordedSnoutSequence	Recorded Snout Sequence	0
300800F2	SQ	1	RecordedRangeShifterSequence	Recorded Range Shifter Sequence	0
300800F4	SQ	1	RecordedLateralSpreadingDeviceSequence	Recorded Lateral Spreading Device Sequence	0
300800F6	SQ	1	RecordedRangeModulatorSequence	Recorded Range Modulator Sequence	0
30080100	SQ	1	RecordedSourceSequence	Recorded Source Sequence	0
30080105	LO	1	SourceSerialNumber	Source Serial Number	0
30080110	SQ	1	TreatmentSessionApplicationSetupSequence	Treatment Session Application Setup Sequence	0
30080116	CS	1	ApplicationSetupCheck	Application Setup Check	0
30080120	SQ	1	RecordedBrachyAccessoryDeviceSequence	Recorded Brachy Accessory Device Sequence	0
30080122	IS	1	ReferencedBrachyAccessoryDeviceNumber	Referenced Brachy Accessory Device Number	0
30080130	SQ	1	RecordedChannelSequence	Recorded Channel Sequence	0
30080132	DS	1	SpecifiedChannelTotalTime	Specified Channel Total Time	0
30080134	DS	1	DeliveredChannelTotalTime	Delivered Channel Total Time	0
30080136	IS	1	SpecifiedNumberOfPulses	Specified Number of Pulses	0
30080138	IS	1	DeliveredNumberOfPulses	Delivered Number of Pulses	0
3008013A	DS	1	SpecifiedPulseRepetitionInterval	Specified Pulse Repetition Interval	0
3008013C	DS	1	DeliveredPulseRepetitionInterval	Delivered Pulse Repetition Interval	0
30080140	SQ	1	RecordedSourceApplicatorSequence	Recorded Source Applicator Sequence	0
30080142	IS	1	ReferencedSourceApplicatorNumber	Referenced Source Applicator Number	0
30080150	SQ	1	RecordedChannelShieldSequence	Recorded Channel Shield Sequence	0
30080152	IS	1	ReferencedChannelShieldNumber	Referenced Channel Shield Number	0
30080160	SQ	1	BrachyControlPointDeliveredSequence	Brachy Control Point Delivered Sequence	0
30080162	DA	1	SafePositionExitDate	Safe Position Exit Date	0
30080164	TM	1	SafePositionExitTime	Safe Position Exit Time	0
30080166	DA	1	SafePositionReturnDate	Safe Position Return Date	0
30080168	TM	1	SafePositionReturnTime	Safe Position Return Time	0
30080171	SQ	1	PulseSpecificBrachyControlPointDeliveredSequence	Pulse Specific Brachy Control Point Delivered Sequence	0
30080172	US	1	PulseNumber	Pulse Number	0
30080173	SQ	1	BrachyPulseControlPointDeliveredSequence	Brachy Pulse Control Point Delivered Sequence	0
30080200	CS	1	CurrentTreatmentStatus	Current Treatment Status	0
30080202	ST	1	TreatmentStatusComment	Treatment Status Comment	0
30080220	SQ	1	FractionGroupSummarySequence	Fraction Group Summary Sequence	0
30080223	IS	1	ReferencedFractionNumber	Referenced Fraction Number	0
30080224	CS	1	FractionGroupType	Fraction Group Type	0
30080230	CS	1	BeamStopperPosition	Beam Stopper Position	0
30080240	SQ	1	FractionStatusSummarySequence	Fraction Status Summary Sequence	0
30080250	DA	1	TreatmentDate	Treatment Date	0
30080251	TM	1	TreatmentTime	Treatment Time	0
300A0002	SH	1	RTPlanLabel	RT Plan Label	0
300A0003	LO	1	RTPlanName	RT Plan Name	0
300A0004	ST	1	RTPlanDescription	RT Plan Description	0
300A0006	DA	1	RTPlanDate	RT Plan Date	0
300A0007	TM	1	RTPlanTime	RT Plan Time	0
300A0009	LO	1-n	TreatmentProtocols	Treatment Protocols	0
300A000A	CS	1	PlanIntent	Plan Intent	0
300A000B	LO	1-n	TreatmentSites	Treatment Sites	1
300A000C	CS	1	RTPlanGeometry	RT Plan Geometry	0
300A000E	ST	1	PrescriptionDescription	Prescription Description	0
300A0010	SQ	1	DoseReferenceSequence	Dose Reference Sequence	0
300A0012	IS	1	DoseReferenceNumber	Dose Reference Number	0
300A0013	UI	1	DoseReferenceUID	Dose Reference UID	0
300A0014	CS	1	DoseReferenceStructureType	Dose Reference Structure Type	0
300A0015	CS	1	NominalBeamEnergyUnit	Nominal Beam Energy Unit	0
300A0016	LO	1	DoseReferenceDescription	Dose Reference Description	0
300A0018	DS	3	DoseReferencePointCoordinates	Dose Reference Point Coordinates	0
300A001A	DS	1	NominalPriorDose	Nominal Prior Dose	0
300A0020	CS	1	DoseReferenceType	Dose Reference Type	0
300A0021	DS	1	ConstraintWeight	Constraint Weight	0
300A0022	DS	1	DeliveryWarningDose	Delivery Warning Dose	0
300A0023	DS	1	DeliveryMaximumDose	Delivery Maximum Dose	0
300A0025	DS	1	TargetMinimumDose	Target Minimum Dose	0
300A0026	DS	1	TargetPrescriptionDose	Target Prescription Dose	0
300A0027	DS	1	TargetMaximumDose	Target Maximum Dose	0
300A0028	DS	1	TargetUnderdoseVolumeFraction	Target Underdose Volume Fraction	0
300A002A	DS	1	OrganAtRiskFullVolumeDose	Organ at Risk Full-volume Dose	0
300A002B	DS	1	OrganAtRiskLimitDose	Organ at Risk Limit Dose	0
300A002C	DS	1	OrganAtRiskMaximumDose	Organ at Risk Maximum Dose	0
300A002D	DS	1	OrganAtRiskOverdoseVolumeFraction	Organ at Risk Overdose Volume Fraction	0
300A0040	SQ	1	ToleranceTableSequence	Tolerance Table Sequence	0
300A0042	IS	1	ToleranceTableNumber	Tolerance Table Number	0
300A0043	SH	1	ToleranceTableLabel	Tolerance Table Label	0
300A0044	DS	1	GantryAngleTolerance	Gantry Angle Tolerance	0
300A0046	DS	1	BeamLimitingDeviceAngleTolerance	Beam Limiting Device Angle Tolerance	0
300A0048	SQ	1	BeamLimitingDeviceToleranceSequence	Beam Limiting Device Tolerance Sequence	0
300A004A	DS	1	BeamLimitingDevicePositionTolerance	Beam Limiting Device Position Tolerance	0
300A004B	FL	1	SnoutPositionTolerance	Snout Position Tolerance	0
300A004C	DS	1	PatientSupportAngleTolerance	Patient Support Angle Tolerance	0
300A004E	DS	1	TableTopEccentricAngleTolerance	Table Top Eccentric Angle Tolerance	0
300A004F	FL	1	TableTopPitchAngleTolerance	Table Top Pitch Angle Tolerance	0
300A0050	FL	1	TableTopRollAngleTolerance	Table Top Roll Angle Tolerance	0
300A0051	DS	1	TableTopVerticalPositionTolerance	Table Top Vertical Position Tolerance	0
300A0052	DS	1	TableTopLongitudinalPositionTolerance	Table Top Longitudinal Position Tolerance	0
300A0053	DS	1	TableTopLateralPositionTolerance	Table Top Lateral Position Tolerance	0
300A0054	UI	1	TableTopPositionAlignmentUID	Table Top Position Alignment UID	0
300A0055	CS	1	RTPlanRelationship	RT Plan Relationship	0
300A0070	SQ	1	FractionGroupSequence	Fraction Group Sequence	0
300A0071	IS	1	FractionGroupNumber	Fraction Group Number	0
300A0072	LO	1	FractionGroupDescription	Fraction Group Description	0
300A0078	IS	1	NumberOfFractionsPlanned	Number of Fractions Planned	0
300A0079	IS	1	NumberOfFractionPatternDigitsPerDay	Number of Fraction Pattern Digits Per Day	0
300A007A	IS	1	RepeatFractionCycleLength	Repeat Fraction Cycle Length	0
300A007B	LT	1	FractionPattern	Fraction Pattern	0
300A0080	IS	1	NumberOfBeams	Number of Beams	0
300A0082	DS	3	BeamDoseSpecificationPoint	Beam Dose Specification Point	1
300A0083	UI	1	ReferencedDoseReferenceUID	Referenced Dose Reference UID	0
300A0084	DS	1	BeamDose	Beam Dose	0
300A0086	DS	1	BeamMeterset	Beam Meterset	0
300A0088	FL	1	BeamDosePointDepth	Beam Dose Point Depth	0
300A0089	FL	1	BeamDosePointEquivalentDepth	Beam Dose Point Equivalent Depth	0
300A008A	FL	1	BeamDosePointSSD	Beam Dose Point SSD	0
300A008B	CS	1	BeamDoseMeaning	Beam Dose Meaning	0
300A008C	SQ	1	BeamDoseVerificationControlPointSequence	Beam Dose Verification Control Point Sequence	0
300A008D	FL	1	AverageBeamDosePointDepth	Average Beam Dose Point Depth	1
300A008E	FL	1	AverageBeamDosePointEquivalentDepth	Average Beam Dose Point Equivalent Depth	1
300A008F	FL	1	AverageBeamDosePointSSD	Average Beam Dose Point SSD	1
300A0090	CS	1	BeamDoseType	Beam Dose Type	0
300A0091	DS	1	AlternateBeamDose	Alternate Beam Dose	0
300A0092	CS	1	AlternateBeamDoseType	Alternate Beam Dose Type	0
300A0093	CS	1	DepthValueAveragingFlag	Depth Value Averaging Flag	0
300A0094	DS	1	BeamDosePointSourceToExternalContourDistance	Beam Dose Point Source to External Contour Distance	0
300A00A0	IS	1	NumberOfBrachyApplicationSetups	Number of Brachy Application Setups	0
300A00A2	DS	3	BrachyApplicationSetupDoseSpecificationPoint	Brachy Application Setup Dose Specification Point	0
300A00A4	DS	1	BrachyApplicationSetupDose	Brachy Application Setup Dose	0
300A00B0	SQ	1	BeamSequence	Beam Sequence	0
300A00B2	SH	1	TreatmentMachineName	Treatment Machine Name	0
300A00B3	CS	1	PrimaryDosimeterUnit	Primary Dosimeter Unit	0
300A00B4	DS	1	SourceAxisDistance	Source-Axis Distance	0
300A00B6	SQ	1	BeamLimitingDeviceSequence	Beam Limiting Device Sequence	0
300A00B8	CS	1	RTBeamLimitingDeviceType	RT Beam Limiting Device Type	0
300A00BA	DS	1	SourceToBeamLimitingDeviceDistance	Source to Beam Limiting Device Distance	0
300A00BB	FL	1	IsocenterToBeamLimitingDeviceDistance	Isocenter to Beam Limiting Device Distance	0
300A00BC	IS	1	NumberOfLeafJawPairs	Number of Leaf/Jaw Pairs	0
300A00BE	DS	3-n	LeafPositionBoundaries	Leaf Position Boundaries	0
300A00C0	IS	1	BeamNumber	Beam Number	0
300A00C2	LO	1	BeamName	Beam Name	0
300A00C3	ST	1	BeamDescription	Beam Description	0
300A00C4	CS	1	BeamType	Beam Type	0
300A00C5	FD	1	BeamDeliveryDurationLimit	Beam Delivery Duration Limit	0
300A00C6	CS	1	RadiationType	Radiation Type	0
300A00C7	CS	1	HighDoseTechniqueType	High-Dose Technique Type	0
300A00C8	IS	1	ReferenceImageNumber	Reference Image Number	0
300A00CA	SQ	1	PlannedVerificationImageSequence	Planned Verification Image Sequence	0
300A00CC	LO	1-n	ImagingDeviceSpecificAcquisitionParameters	Imaging Device-Specific Acquisition Parameters	0
300A00CE	CS	1	TreatmentDeliveryType	Treatment Delivery Type	0
300A00D0	IS	1	NumberOfWedges	Number of Wedges	0
300A00D1	SQ	1	WedgeSequence	Wedge Sequence	0
300A00D2	IS	1	WedgeNumber	Wedge Number	0
300A00D3	CS	1	WedgeType	Wedge Type	0
300A00D4	SH	1	WedgeID	Wedge ID	0
300A00D5	IS	1	WedgeAngle	Wedge Angle	0
300A00D6	DS	1	WedgeFactor	Wedge Factor	0
300A00D7	FL	1	TotalWedgeTrayWaterEquivalentThickness	Total Wedge Tray Water-Equivalent Thickness	0
300A00D8	DS	1	WedgeOrientation	Wedge Orientation	0
300A00D9	FL	1	IsocenterToWedgeTrayDistance	Isocenter to Wedge Tray Distance	0
300A00DA	DS	1	SourceToWedgeTrayDistance	Source to Wedge Tray Distance	0
300A00DB	FL	1	WedgeThinEdgePosition	Wedge Thin Edge Position	0
300A00DC	SH	1	BolusID	Bolus ID	0
300A00DD	ST	1	BolusDescription	Bolus Description	0
300A00DE	DS	1	EffectiveWedgeAngle	Effective Wedge Angle	0
300A00E0	IS	1	NumberOfCompensators	Number of Compensators	0
300A00E1	SH	1	MaterialID	Material ID	0
300A00E2	DS	1	TotalCompensatorTrayFactor	Total Compensator Tray Factor	0
300A00E3	SQ	1	CompensatorSequence	Compensator Sequence	0
300A00E4	IS	1	CompensatorNumber	Compensator Number	0
300A00E5	SH	1	CompensatorID	Compensator ID	0
300A00E6	DS	1	SourceToCompensatorTrayDistance	Source to Compensator Tray Distance	0
300A00E7	IS	1	CompensatorRows	Compensator Rows	0
300A00E8	IS	1	CompensatorColumns	Compensator Columns	0
300A00E9	DS	2	CompensatorPixelSpacing	Compensator Pixel Spacing	0
300A00EA	DS	2	CompensatorPosition	Compensator Position	0
300A00EB	DS	1-n	CompensatorTransmissionData	Compensator Transmission Data	0
300A00EC	DS	1-n	CompensatorThicknessData	Compensator Thickness Data	0
300A00ED	IS	1	NumberOfBoli	Number of Boli	0
300A00EE	CS	1	CompensatorType	Compensator Type	0
300A00EF	SH	1	CompensatorTrayID	Compensator Tray ID	0
300A00F0	IS	1	NumberOfBlocks	Number of Blocks	0
300A00F2	DS	1	TotalBlockTrayFactor	Total Block Tray Factor	0
300A00F3	FL	1	TotalBlockTrayWaterEquivalentThickness	Total Block Tray Water-Equivalent Thickness	0
300A00F4	SQ	1	BlockSequence	Block Sequence	0
300A00F5	SH	1	BlockTrayID	Block Tray ID	0
300A00F6	DS	1	SourceToBlockTrayDistance	Source to Block Tray Distance	0
300A00F7	FL	1	IsocenterToBlockTrayDistance	Isocenter to Block Tray Distance	0
300A00F8	CS	1	BlockType	Block Type	0
300A00F9	LO	1	AccessoryCode	Accessory Code	0
300A00FA	CS	1	BlockDivergence	Block Divergence	0
300A00FB	CS	1	BlockMountingPosition	Block Mounting Position	0
300A00FC	IS	1	BlockNumber	Block Number	0
300A00FE	LO	1	BlockName	Block Name	0
300A0100	DS	1	BlockThickness	Block Thickness	0
300A0102	DS	1	BlockTransmission	Block Transmission	0
300A0104	IS	1	BlockNumberOfPoints	Block Number of Points	0
300A0106	DS	2-2n	BlockData	Block Data	0
300A0107	SQ	1	ApplicatorSequence	Applicator Sequence	0
300A0108	SH	1	ApplicatorID	Applicator ID	0
300A0109	CS	1	ApplicatorType	Applicator Type	0
300A010A	LO	1	ApplicatorDescription	Applicator Description	0
300A010C	DS	1	CumulativeDoseReferenceCoefficient	Cumulative Dose Reference Coefficient	0
300A010E	DS	1	FinalCumulativeMetersetWeight	Final Cumulative Meterset Weight	0
300A0110	IS	1	NumberOfControlPoints	Number of Control Points	0
300A0111	SQ	1	ControlPointSequence	Control Point Sequence	0
300A0112	IS	1	ControlPointIndex	Control Point Index	0
300A0114	DS	1	NominalBeamEnergy	Nominal Beam Energy	0
300A0115	DS	1	DoseRateSet	Dose Rate Set	0
300A0116	SQ	1	WedgePositionSequence	Wedge Position Sequence	0
300A0118	CS	1	WedgePosition	Wedge Position	0
300A011A	SQ	1	BeamLimitingDevicePositionSequence	Beam Limiting Device Position Sequence	0
300A011C	DS	2-2n	LeafJawPositions	Leaf/Jaw Positions	0
300A011E	DS	1	GantryAngle	Gantry Angle	0
300A011F	CS	1	GantryRotationDirection	Gantry Rotation Direction	0
300A0120	DS	1	BeamLimitingDeviceAngle	Beam Limiting Device Angle	0
300A0121	CS	1	BeamLimitingDeviceRotationDirection	Beam Limiting Device Rotation Direction	0
300A0122	DS	1	PatientSupportAngle	Patient Support Angle	0
300A0123	CS	1	PatientSupportRotationDirection	Patient Support Rotation Direction	0
300A0124	DS	1	TableTopEccentricAxisDistance	Table Top Eccentric Axis Distance	0
300A0125	DS	1	TableTopEccentricAngle	Table Top Eccentric Angle	0
300A0126	CS	1	TableTopEccentricRotationDirection	Table Top Eccentric Rotation Direction	0
300A0128	DS	1	TableTopVerticalPosition	Table Top Vertical Position	0
300A0129	DS	1	TableTopLongitudinalPosition	Table Top Longitudinal Position	0
300A012A	DS	1	TableTopLateralPosition	Table Top Lateral Position	0
300A012C	DS	3	IsocenterPosition	Isocenter Position	0
300A012E	DS	3	SurfaceEntryPoint	Surface Entry Point	0
300A0130	DS	1	SourceToSurfaceDistance	Source to Surface Distance	0
300A0131	FL	1	AverageBeamDosePointSourceToExternalContourDistance	Average Beam Dose Point Source to External Contour Distance	0
300A0132	FL	1	SourceToExternalContourDistance	Source to External Contour Distance	0
300A0133	FL	3	ExternalContourEntryPoint	External Contour Entry Point	0
300A0134	DS	1	CumulativeMetersetWeight	Cumulative Meterset Weight	0
300A0140	FL	1	TableTopPitchAngle	Table Top Pitch Angle	0
300A0142	CS	1	TableTopPitchRotationDirection	Table Top Pitch Rotation Direction	0
300A0144	FL	1	TableTopRollAngle	Table Top Roll Angle	0
300A0146	CS	1	TableTopRollRotationDirection	Table Top Roll Rotation Direction	0
300A0148	FL	1	HeadFixationAngle	Head Fixation Angle	0
300A014A	FL	1	GantryPitchAngle	Gantry Pitch Angle	0
300A014C	CS	1	GantryPitchRotationDirection	Gantry Pitch Rotation Direction	0
300A014E	FL	1	GantryPitchAngleTolerance	Gantry Pitch Angle Tolerance	0
300A0150	CS	1	FixationEye	Fixation Eye	0
300A0151	DS	1	ChairHeadFramePosition	Chair Head Frame Position	0
300A0152	DS	1	HeadFixationAngleTolerance	Head Fixation Angle Tolerance	0
300A0153	DS	1	ChairHeadFramePositionTolerance	Chair Head Frame Position Tolerance	0
300A0154	DS	1	FixationLightAzimuthalAngleTolerance	Fixation Light Azimuthal Angle Tolerance	0
300A0155	DS	1	FixationLightPolarAngleTolerance	Fixation Light Polar Angle Tolerance	0
300A0180	SQ	1	PatientSetupSequence	Patient Setup Sequence	0
300A0182	IS	1	PatientSetupNumber	Patient Setup Number	0
300A0183	LO	1	PatientSetupLabel	Patient Setup Label	0
300A0184	LO	1	PatientAdditionalPosition	Patient Additional Position	0
300A0190	SQ	1	FixationDeviceSequence	Fixation Device Sequence	0
300A0192	CS	1	FixationDeviceType	Fixation Device Type	0
300A0194	SH	1	FixationDeviceLabel	Fixation Device Label	0
300A0196	ST	1	FixationDeviceDescription	Fixation Device Description	0
300A0198	SH	1	FixationDevicePosition	Fixation Device Position	0
300A0199	FL	1	FixationDevicePitchAngle	Fixation Device Pitch Angle	0
300A019A	FL	1	FixationDeviceRollAngle	Fixation Device Roll Angle	0
300A01A0	SQ	1	ShieldingDeviceSequence	Shielding Device Sequence	0
300A01A2	CS	1	ShieldingDeviceType	Shielding Device Type	0
300A01A4	SH	1	ShieldingDeviceLabel	Shielding Device Label	0
300A01A6	ST	1	ShieldingDeviceDescription	Shielding Device Description	0
300A01A8	SH	1	ShieldingDevicePosition	Shielding Device Position	0
300A01B0	CS	1	SetupTechnique	Setup Technique	0
300A01B2	ST	1	SetupTechniqueDescription	Setup Technique Description	0
300A01B4	SQ	1	SetupDeviceSequence	Setup Device Sequence	0
300A01B6	CS	1	SetupDeviceType	Setup Device Type	0
300A01B8	SH	1	SetupDeviceLabel	Setup Device Label	0
300A01BA	ST	1	SetupDeviceDescription	Setup Device Description	0
300A01BC	DS	1	SetupDeviceParameter	Setup Device Parameter	0
300A01D0	ST	1	SetupReferenceDescription	Setup Reference Description	0
300A01D2	DS	1	TableTopVerticalSetupDisplacement	Table Top Vertical Setup Displacement	0
300A01D4	DS	1	TableTopLongitudinalSetupDisplacement	Table Top Longitudinal Setup Displacement	0
300A01D6	DS	1	TableTopLateralSetupDisplacement	Table Top Lateral Setup Displacement	0
300A0200	CS	1	BrachyTreatmentTechnique	Brachy Treatment Technique	0
300A0202	CS	1	BrachyTreatmentType	Brachy Treatment Type	0
300A0206	SQ	1	TreatmentMachineSequence	Treatment Machine Sequence	0
300A0210	SQ	1	SourceSequence	Source Sequence	0
300A0212	IS	1	SourceNumber	Source Number	0
300A0214	CS	1	SourceType	Source Type	0
300A0216	LO	1	SourceManufacturer	Source Manufacturer	0
300A0218	DS	1	ActiveSourceDiameter	Active Source Diameter	0
300A021A	DS	1	ActiveSourceLength	Active Source Length	0
300A021B	SH	1	SourceModelID	Source Model ID	0
300A021C	LO	1	SourceDescription	Source Description	0
300A0222	DS	1	SourceEncapsulationNominalThickness	Source Encapsulation Nominal Thickness	0
300A0224	DS	1	SourceEncapsulationNominalTransmission	Source Encapsulation Nominal Transmission	0
300A0226	LO	1	SourceIsotopeName	Source Isotope Name	0
300A0228	DS	1	SourceIsotopeHalfLife	Source Isotope Half Life	0
300A0229	CS	1	SourceStrengthUnits	Source Strength Units	0
300A022A	DS	1	ReferenceAirKermaRate	Reference Air Kerma Rate	0
300A022B	DS	1	SourceStrength	Source Strength	0
300A022C	DA	1	SourceStrengthReferenceDate	Source Strength Reference Date	0
300A022E	TM	1	SourceStrengthReferenceTime	Source Strength Reference Time	0
300A0230	SQ	1	ApplicationSetupSequence	Application Setup Sequence	0
300A0232	CS	1	ApplicationSetupType	Application Setup Type	0
300A0234	IS	1	ApplicationSetupNumber	Application Setup Number	0
300A0236	LO	1	ApplicationSetupName	Application Setup Name	0
300A0238	LO	1	ApplicationSetupManufacturer	Application Setup Manufacturer	0
300A0240	IS	1	TemplateNumber	Template Number	0
300A0242	SH	1	TemplateType	Template Type	0
300A0244	LO	1	TemplateName	Template Name	0
300A0250	DS	1	TotalReferenceAirKerma	Total Reference Air Kerma	0
300A0260	SQ	1	BrachyAccessoryDeviceSequence	Brachy Accessory Device Sequence	0
300A0262	IS	1	BrachyAccessoryDeviceNumber	Brachy Accessory Device Number	0
300A0263	SH	1	BrachyAccessoryDeviceID	Brachy Accessory Device ID	0
300A0264	CS	1	BrachyAccessoryDeviceType	Brachy Accessory Device Type	0
300A0266	LO	1	BrachyAccessoryDeviceName	Brachy Accessory Device Name	0
300A026A	DS	1	BrachyAccessoryDeviceNominalThickness	Brachy Accessory Device Nominal Thickness	0
300A026C	DS	1	BrachyAccessoryDeviceNominalTransmission	Brachy Accessory Device Nominal Transmission	0
300A0271	DS	1	ChannelEffectiveLength	Channel Effective Length	0
300A0272	DS	1	ChannelInnerLength	Channel Inner Length	0
300A0273	SH	1	AfterloaderChannelID	Afterloader Channel ID	0
300A0274	DS	1	SourceApplicatorTipLength	Source Applicator Tip Length	0
300A0280	SQ	1	ChannelSequence	Channel Sequence	0
300A0282	IS	1	ChannelNumber	Channel Number	0
300A0284	DS	1	ChannelLength	Channel Length	0
300A0286	DS	1	ChannelTotalTime	Channel Total Time	0
300A0288	CS	1	SourceMovementType	Source Movement Type	0
300A028A	IS	1	NumberOfPulses	Number of Pulses	0
300A028C	DS	1	PulseRepetitionInterval	Pulse Repetition Interval	0
300A0290	IS	1	SourceApplicatorNumber	Source Applicator Number	0
300A0291	SH	1	SourceApplicatorID	Source Applicator ID	0
300A0292	CS	1	SourceApplicatorType	Source Applicator Type	0
300A0294	LO	1	SourceApplicatorName	Source Applicator Name	0
300A0296	DS	1	SourceApplicatorLength	Source Applicator Length	0
300A0298	LO	1	SourceApplicatorManufacturer	Source Applicator Manufacturer	0
300A029C	DS	1	SourceApplicatorWallNominalThickness	Source Applicator Wall Nominal Thickness	0
300A029E	DS	1	SourceApplicatorWallNominalTransmission	Source Applicator Wall Nominal Transmission	0
300A02A0	DS	1	SourceApplicatorStepSize	Source Applicator Step Size	0
300A02A1	IS	1	ApplicatorShapeReferencedROINumber	Applicator Shape Referenced ROI Number	0
300A02A2	IS	1	TransferTubeNumber	Transfer Tube Number	0
300A02A4	DS	1	TransferTubeLength	Transfer Tube Length	0
300A02B0	SQ	1	ChannelShieldSequence	Channel Shield Sequence	0
300A02B2	IS	1	ChannelShieldNumber	Channel Shield Number	0
300A02B3	SH	1	ChannelShieldID	Channel Shield ID	0
300A02B4	LO	1	ChannelShieldName	Channel Shield Name	0
300A02B8	DS	1	ChannelShieldNominalThickness	Channel Shield Nominal Thickness	0
300A02BA	DS	1	ChannelShieldNominalTransmission	Channel Shield Nominal Transmission	0
300A02C8	DS	1	FinalCumulativeTimeWeight	Final Cumulative Time Weight	0
300A02D0	SQ	1	BrachyControlPointSequence	Brachy Control Point Sequence	0
300A02D2	DS	1	ControlPointRelativePosition	Control Point Relative Position	0
300A02D4	DS	3	ControlPoint3DPosition	Control Point 3D Position	0
300A02D6	DS	1	CumulativeTimeWeight	Cumulative Time Weight	0
300A02E0	CS	1	CompensatorDivergence	Compensator Divergence	0
300A02E1	CS	1	CompensatorMountingPosition	Compensator Mounting Position	0
300A02E2	DS	1-n	SourceToCompensatorDistance	Source to Compensator Distance	0
300A02E3	FL	1	TotalCompensatorTrayWaterEquivalentThickness	Total Compensator Tray Water-Equivalent Thickness	0
300A02E4	FL	1	IsocenterToCompensatorTrayDistance	Isocenter to Compensator Tray Distance	0
300A02E5	FL	1	CompensatorColumnOffset	Compensator Column Offset	0
300A02E6	FL	1-n	IsocenterToCompensatorDistances	Isocenter to Compensator Distances	0
300A02E7	FL	1	CompensatorRelativeStoppingPowerRatio	Compensator Relative Stopping Power Ratio	0
300A02E8	FL	1	CompensatorMillingToolDiameter	Compensator Milling Tool Diameter	0
300A02EA	SQ	1	IonRangeCompensatorSequence	Ion Range Compensator Sequence	0
300A02EB	LT	1	CompensatorDescription	Compensator Description	0
300A0302	IS	1	RadiationMassNumber	Radiation Mass Number	0
300A0304	IS	1	RadiationAtomicNumber	Radiation Atomic Number	0
300A0306	SS	1	RadiationChargeState	Radiation Charge State	0
300A0308	CS	1	ScanMode	Scan Mode	0
300A0309	CS	1	ModulatedScanModeType	Modulated Scan Mode Type	0
300A030A	FL	2	VirtualSourceAxisDistances	Virtual Source-Axis Distances	0
300A030C	SQ	1	SnoutSequence	Snout Sequence	0
300A030D	FL	1	SnoutPosition	Snout Position	0
300A030F	SH	1	SnoutID	Snout ID	0
300A0312	IS	1	NumberOfRangeShifters	Number of Range Shifters	0
300A0314	SQ	1	RangeShifterSequence	Range Shifter Sequence	0
300A0316	IS	1	RangeShifterNumber	Range Shifter Number	0
300A0318	SH	1	RangeShifterID	Range Shifter ID	0
300A0320	CS	1	RangeShifterType	Range Shifter Type	0
300A0322	LO	1	RangeShifterDescription	Range Shifter Description	0
300A0330	IS	1	NumberOfLateralSpreadingDevices	Number of Lateral Spreading Devices	0
300A0332	SQ	1	LateralSpreadingDeviceSequence	Lateral Spreading Device Sequence	0
300A0334	IS	1	LateralSpreadingDeviceNumber	Lateral Spreading Device Number	0
300A0336	SH	1	LateralSpreadingDeviceID	Lateral Spreading Device ID	0
300A0338	CS	1	LateralSpreadingDeviceType	Lateral Spreading Device Type	0
300A033A	LO	1	LateralSpreadingDeviceDescription	Lateral Spreading Device Description	0
300A033C	FL	1	LateralSpreadingDeviceWaterEquivalentThickness	Lateral Spreading Device Water Equivalent Thickness	0
300A0340	IS	1	NumberOfRangeModulators	Number of Range Modulators	0
300A0342	SQ	1	RangeModulatorSequence	Range Modulator Sequence	0
300A0344	IS	1	RangeModulatorNumber	Range Modulator Number	0
300A0346	SH	1	RangeModulatorID	Range Modulator ID	0
300A0348	CS	1	RangeModulatorType	Range Modulator Type	0
300A034A	LO	1	RangeModulatorDescription	Range Modulator Description	0
300A034C	SH	1	BeamCurrentModulationID	Beam Current Modulation ID	0
300A0350	CS	1	PatientSupportType	Patient Support Type	0
300A0352	SH	1	PatientSupportID	Patient Support ID	0
300A0354	LO	1	PatientSupportAccessoryCode	Patient Support Accessory Code	0
300A0355	LO	1	TrayAccessoryCode	Tray Accessory Code	0
300A0356	FL	1	FixationLightAzimuthalAngle	Fixation Light Azimuthal Angle	0
300A0358	FL	1	FixationLightPolarAngle	Fixation Light Polar Angle	0
300A035A	FL	1	MetersetRate	Meterset Rate	0
300A0360	SQ	1	RangeShifterSettingsSequence	Range Shifter Settings Sequence	0
300A0362	LO	1	RangeShifterSetting	Range Shifter Setting	0
300A0364	FL	1	IsocenterToRangeShifterDistance	Isocenter to Range Shifter Distance	0
300A0366	FL	1	RangeShifterWaterEquivalentThickness	Range Shifter Water Equivalent Thickness	0
300A0370	SQ	1	LateralSpreadingDeviceSettingsSequence	Lateral Spreading Device Settings Sequence	0
300A0372	LO	1	LateralSpreadingDeviceSetting	Lateral Spreading Device Setting	0
300A0374	FL	1	IsocenterToLateralSpreadingDeviceDistance	Isocenter to Lateral Spreading Device Distance	0
300A0380	SQ	1	RangeModulatorSettingsSequence	Range Modulator Settings Sequence	0
300A0382	FL	1	RangeModulatorGatingStartValue	Range Modulator Gating Start Value	0
300A0384	FL	1	RangeModulatorGatingStopValue	Range Modulator Gating Stop Value	0
300A0386	FL	1	RangeModulatorGatingStartWaterEquivalentThickness	Range Modulator Gating Start Water Equivalent Thickness	0
300A0388	FL	1	RangeModulatorGatingStopWaterEquivalentThickness	Range Modulator Gating Stop Water Equivalent Thickness	0
300A038A	FL	1	IsocenterToRangeModulatorDistance	Isocenter to Range Modulator Distance	0
300A038F	FL	1-n	ScanSpotTimeOffset	Scan Spot Time Offset	0
300A0390	SH	1	ScanSpotTuneID	Scan Spot Tune ID	0
300A0391	IS	1-n	ScanSpotPrescribedIndices	Scan Spot Prescribed Indices	0
300A0392	IS	1	NumberOfScanSpotPositions	Number of Scan Spot Positions	0
300A0393	CS	1	ScanSpotReordered	Scan Spot Reordered	0
300A0394	FL	1-n	ScanSpotPositionMap	Scan Spot Position Map	0
300A0395	CS	1	ScanSpotReorderingAllowed	Scan Spot Reordering Allowed	0
300A0396	FL	1-n	ScanSpotMetersetWeights	Scan Spot Meterset Weights	0
300A0398	FL	2	ScanningSpotSize	Scanning Spot Size	0
300A0399	FL	2-2n	ScanSpotSizesDelivered	Scan Spot Sizes Delivered	0
300A039A	IS	1	NumberOfPaintings	Number of Paintings	0
300A03A0	SQ	1	IonToleranceTableSequence	Ion Tolerance Table Sequence	0
300A03A2	SQ	1	IonBeamSequence	Ion Beam Sequence	0
300A03A4	SQ	1	IonBeamLimitingDeviceSequence	Ion Beam Limiting Device Sequence	0
300A03A6	SQ	1	IonBlockSequence	Ion Block Sequence	0
300A03A8	SQ	1	IonControlPointSequence	Ion Control Point Sequence	0
300A03AA	SQ	1	IonWedgeSequence	Ion Wedge Sequence	0
300A03AC	SQ	1	IonWedgePositionSequence	Ion Wedge Position Sequence	0
300A0401	SQ	1	ReferencedSetupImageSequence	Referenced Setup Image Sequence	0
300A0402	ST	1	SetupImageComment	Setup Image Comment	0
300A0410	SQ	1	MotionSynchronizationSequence	Motion Synchronization Sequence	0
300A0412	FL	3	ControlPointOrientation	Control Point Orientation	0
300A0420	SQ	1	GeneralAccessorySequence	General Accessory Sequence	0
300A0421	SH	1	GeneralAccessoryID	General Accessory ID	0
300A0422	ST	1	GeneralAccessoryDescription	General Accessory Description	0
300A0423	CS	1	GeneralAccessoryType	General Accessory Type	0
300A0424	IS	1	GeneralAccessoryNumber	General Accessory Number	0
300A0425	FL	1	SourceToGeneralAccessoryDistance	Source to General Accessory Distance	0
300A0426	DS	1	IsocenterToGeneralAccessoryDistance	Isocenter to General Accessory Distance	0
300A0431	SQ	1	ApplicatorGeometrySequence	Applicator Geometry Sequence	0
300A0432	CS	1	ApplicatorApertureShape	Applicator Aperture Shape	0
300A0433	FL	1	ApplicatorOpening	Applicator Opening	0
300A0434	FL	1	ApplicatorOpeningX	Applicator Opening X	0
300A0435	FL	1	ApplicatorOpeningY	Applicator Opening Y	0
300A0436	FL	1	SourceToApplicatorMountingPositionDistance	Source to Applicator Mounting Position Distance	0
300A0440	IS	1	NumberOfBlockSlabItems	Number of Block Slab Items	0
300A0441	SQ	1	BlockSlabSequence	Block Slab Sequence	0
300A0442	DS	1	BlockSlabThickness	Block Slab Thickness	0
300A0443	US	1	BlockSlabNumber	Block Slab Number	0
300A0450	SQ	1	DeviceMotionControlSequence	Device Motion Control Sequence	0
300A0451	CS	1	DeviceMotionExecutionMode	Device Motion Execution Mode	0
300A0452	CS	1	DeviceMotionObservationMode	Device Motion Observation Mode	0
300A0453	SQ	1	DeviceMotionParameterCodeSequence	Device Motion Parameter Code Sequence	0
300A0501	FL	1	DistalDepthFraction	Distal Depth Fraction	0
300A0502	FL	1	DistalDepth	Distal Depth	0
300A0503	FL	2	NominalRangeModulationFractions	Nominal Range Modulation Fractions	0
300A0504	FL	2	NominalRangeModulatedRegionDepths	Nominal Range Modulated Region Depths	0
300A0505	SQ	1	DepthDoseParametersSequence	Depth Dose Parameters Sequence	0
300A0506	SQ	1	DeliveredDepthDoseParametersSequence	Delivered Depth Dose Parameters Sequence	0
300A0507	FL	1	DeliveredDistalDepthFraction	Delivered Distal Depth Fraction	0
300A0508	FL	1	DeliveredDistalDepth	Delivered Distal Depth	0
300A0509	FL	2	DeliveredNominalRangeModulationFractions	Delivered Nominal Range Modulation Fractions	0
300A0510	FL	2	DeliveredNominalRangeModulatedRegionDepths	Delivered Nominal Range Modulated Region Depths	0
300A0511	CS	1	DeliveredReferenceDoseDefinition	Delivered Reference Dose Definition	0
300A0512	CS	1	ReferenceDoseDefinition	Reference Dose Definition	0
300A0600	US	1	RTControlPointIndex	RT Control Point Index	0
300A0601	US	1	RadiationGenerationModeIndex	Radiation Generation Mode Index	0
300A0602	US	1	ReferencedDefinedDeviceIndex	Referenced Defined Device Index	0
300A0603	US	1	RadiationDoseIdentificationIndex	Radiation Dose Identification Index	0
300A0604	US	1	NumberOfRTControlPoints	Number of RT Control Points	0
300A0605	US	1	ReferencedRadiationGenerationModeIndex	Referenced Radiation Generation Mode Index	0
300A0606	US	1	TreatmentPositionIndex	Treatment Position Index	0
300A0607	US	1	ReferencedDeviceIndex	Referenced Device Index	0
300A0608	LO	1	TreatmentPositionGroupLabel	Treatment Position Group Label	0
300A0609	UI	1	TreatmentPositionGroupUID	Treatment Position Group UID	0
300A060A	SQ	1	TreatmentPositionGroupSequence	Treatment Position Group Sequence	0
300A060B	US	1	ReferencedTreatmentPositionIndex	Referenced Treatment Position Index	0
300A060C	US	1	ReferencedRadiationDoseIdentificationIndex	Referenced Radiation Dose Identification Index	0
300A060D	FD	1	RTAccessoryHolderWaterEquivalentThickness	RT Accessory Holder Water-Equivalent Thickness	0
300A060E	US	1	ReferencedRTAccessoryHolderDeviceIndex	Referenced RT Accessory Holder Device Index	0
300A060F	CS	1	RTAccessoryHolderSlotExistenceFlag	RT Accessory Holder Slot Existence Flag	0
300A0610	SQ	1	RTAccessoryHolderSlotSequence	RT Accessory Holder Slot Sequence	0
300A0611	LO	1	RTAccessoryHolderSlotID	RT Accessory Holder Slot ID	0
300A0612	FD	1	RTAccessoryHolderSlotDistance	RT Accessory Holder Slot Distance	0
300A0613	FD	1	RTAccessorySlotDistance	RT Accessory Slot Distance	0
300A0614	SQ	1	RTAccessoryHolderDefinitionSequence	RT Accessory Holder Definition Sequence	0
300A0615	LO	1	RTAccessoryDeviceSlotID	RT Accessory Device Slot ID	0
300A0616	SQ	1	RTRadiationSequence	RT Radiation Sequence	0
300A0617	SQ	1	RadiationDoseSequence	Radiation Dose Sequence	0
300A0618	SQ	1	RadiationDoseIdentificationSequence	Radiation Dose Identification Sequence	0
300A0619	LO	1	RadiationDoseIdentificationLabel	Radiation Dose Identification Label	0
300A061A	CS	1	ReferenceDoseType	Reference Dose Type	0
300A061B	CS	1	PrimaryDoseValueIndicator	Primary Dose Value Indicator	0
300A061C	SQ	1	DoseValuesSequence	Dose Values Sequence	0
300A061D	CS	1-n	DoseValuePurpose	Dose Value Purpose	0
300A061E	FD	3	ReferenceDosePointCoordinates	Reference Dose Point Coordinates	0
300A061F	SQ	1	RadiationDoseValuesParametersSequence	Radiation Dose Values Parameters Sequence	0
300A0620	SQ	1	MetersetToDoseMappingSequence	Meterset to Dose Mapping Sequence	0
300A0621	SQ	1	ExpectedInVivoMeasurementValuesSequence	Expected In-Vivo Measurement Values Sequence	0
300A0622	US	1	ExpectedInVivoMeasurementValueIndex	Expected In-Vivo Measurement Value Index	0
300A0623	LO	1	RadiationDoseInVivoMeasurementLabel	Radiation Dose In-Vivo Measurement Label	0
300A0624	FD	2	RadiationDoseCentralAxisDisplacement	Radiation Dose Central Axis Displacement	0
300A0625	FD	1	RadiationDoseValue	Radiation Dose Value	0
300A0626	FD	1	RadiationDoseSourceToSkinDistance	Radiation Dose Source to Skin Distance	0
300A0627	FD	3	RadiationDoseMeasurementPointCoordinates	Radiation Dose Measurement Point Coordinates	0
300A0628	FD	1	RadiationDoseSourceToExternalContourDistance	Radiation Dose Source to External Contour Distance	0
300A0629	SQ	1	RTToleranceSetSequence	RT Tolerance Set Sequence	0
300A062A	LO	1	RTToleranceSetLabel	RT Tolerance Set Label	0
300A062B	SQ	1	AttributeToleranceValuesSequence	Attribute Tolerance Values Sequence	0
300A062C	FD	1	ToleranceValue	Tolerance Value	0
300A062D	SQ	1	PatientSupportPositionToleranceSequence	Patient Support Position Tolerance Sequence	0
300A062E	FD	1	TreatmentTimeLimit	Treatment Time Limit	0
300A062F	SQ	1	CArmPhotonElectronControlPointSequence	C-Arm Photon-Electron Control Point Sequence	0
300A0630	SQ	1	ReferencedRTRadiationSequence	Referenced RT Radiation Sequence	0
300A0631	SQ	1	ReferencedRTInstanceSequence	Referenced RT Instance Sequence	0
300A0632	SQ	1	ReferencedRTPatientSetupSequence	Referenced RT Patient Setup Sequence	1
300A0634	FD	1	SourceToPatientSurfaceDistance	Source to Patient Surface Distance	0
300A0635	SQ	1	TreatmentMachineSpecialModeCodeSequence	Treatment Machine Special Mode Code Sequence	0
300A0636	US	1	IntendedNumberOfFractions	Intended Number of Fractions	0
300A0637	CS	1	RTRadiationSetIntent	RT Radiation Set Intent	0
300A0638	CS	1	RTRadiationPhysicalAndGeometricContentDetailFlag	RT Radiation Physical and Geometric Content Detail Flag	0
300A0639	CS	1	RTRecordFlag	RT Record Flag	0
300A063A	SQ	1	TreatmentDeviceIdentificationSequence	Treatment Device Identification Sequence	0
300A063B	SQ	1	ReferencedRTPhysicianIntentSequence	Referenced RT Physician Intent Sequence	0
300A063C	FD	1	CumulativeMeterset	Cumulative Meterset	0
300A063D	FD	1	DeliveryRate	Delivery Rate	0
300A063E	SQ	1	DeliveryRateUnitSequence	Delivery Rate Unit Sequence	0
300A063F	SQ	1	TreatmentPositionSequence	Treatment Position Sequence	0
300A0640	FD	1	RadiationSourceAxisDistance	Radiation Source-Axis Distance	0
300A0641	US	1	NumberOfRTBeamLimitingDevices	Number of RT Beam Limiting Devices	0
300A0642	FD	1	RTBeamLimitingDeviceProximalDistance	RT Beam Limiting Device Proximal Distance	0
300A0643	FD	1	RTBeamLimitingDeviceDistalDistance	RT Beam Limiting Device Distal Distance	0
300A0644	SQ	1	ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence	Parallel RT Beam Delimiter Device Orientation Label Code Sequence	0
300A0645	FD	1	BeamModifierOrientationAngle	Beam Modifier Orientation Angle	0
300A0646	SQ	1	FixedRTBeamDelimiterDeviceSequence	Fixed RT Beam Delimiter Device Sequence	0
300A0647	SQ	1	ParallelRTBeamDelimiterDeviceSequence	Parallel RT Beam Delimiter Device Sequence	0
300A0648	US	1	NumberOfParallelRTBeamDelimiters	Number of Parallel RT Beam Delimiters	0
300A0649	FD	2-n	ParallelRTBeamDelimiterBoundaries	Parallel RT Beam Delimiter Boundaries	0
300A064A	FD	2-n	ParallelRTBeamDelimiterPositions	Parallel RT Beam Delimiter Positions	0
300A064B	FD	2	RTBeamLimitingDeviceOffset	RT Beam Limiting Device Offset	0
300A064C	SQ	1	RTBeamDelimiterGeometrySequence	RT Beam Delimiter Geometry Sequence	0
300A064D	SQ	1	RTBeamLimitingDeviceDefinitionSequence	RT Beam Limiting Device Definition Sequence	0
300A064E	CS	1	ParallelRTBeamDelimiterOpeningMode	Parallel RT Beam Delimiter Opening Mode	0
300A064F	CS	1-n	ParallelRTBeamDelimiterLeafMountingSide	Parallel RT Beam Delimiter Leaf Mounting Side	0
300A0650	UI	1	PatientSetupUID	Patient Setup UID	1
300A0651	SQ	1	WedgeDefinitionSequence	Wedge Definition Sequence	0
300A0652	FD	1	RadiationBeamWedgeAngle	Radiation Beam Wedge Angle	0
300A0653	FD	1	RadiationBeamWedgeThinEdgeDistance	Radiation Beam Wedge Thin Edge Distance	0
300A0654	FD	1	RadiationBeamEffectiveWedgeAngle	Radiation Beam Effective Wedge Angle	0
300A0655	US	1	NumberOfWedgePositions	Number of Wedge Positions	0
300A0656	SQ	1	RTBeamLimitingDeviceOpeningSequence	RT Beam Limiting Device Opening Sequence	0
300A0657	US	1	NumberOfRTBeamLimitingDeviceOpenings	Number of RT Beam Limiting Device Openings	0
300A0658	SQ	1	RadiationDosimeterUnitSequence	Radiation Dosimeter Unit Sequence	0
300A0659	SQ	1	RTDeviceDistanceReferenceLocationCodeSequence	RT Device Distance Reference Location Code Sequence	0
300A065A	SQ	1	RadiationDeviceConfigurationAndCommissioningKeySequence	Radiation Device Configuration and Commissioning Key Sequence	0
300A065B	SQ	1	PatientSupportPositionParameterSequence	Patient Support Position Parameter Sequence	0
300A065C	CS	1	PatientSupportPositionSpecificationMethod	Patient Support Position Specification Method	0
300A065D	SQ	1	PatientSupportPositionDeviceParameterSequence	Patient Support Position Device Parameter Sequence	0
300A065E	US	1	DeviceOrderIndex	Device Order Index	0
300A065F	US	1	PatientSupportPositionParameterOrderIndex	Patient Support Position Parameter Order Index	0
300A0660	SQ	1	PatientSupportPositionDeviceToleranceSequence	Patient Support Position Device Tolerance Sequence	0
300A0661	US	1	PatientSupportPositionToleranceOrderIndex	Patient Support Position Tolerance Order Index	0
300A0662	SQ	1	CompensatorDefinitionSequence	Compensator Definition Sequence	0
300A0663	CS	1	CompensatorMapOrientation	Compensator Map Orientation	0
300A0664	OF	1	CompensatorProximalThicknessMap	Compensator Proximal Thickness Map	0
300A0665	OF	1	CompensatorDistalThicknessMap	Compensator Distal Thickness Map	0
300A0666	FD	1	CompensatorBasePlaneOffset	Compensator Base Plane Offset	0
300A0667	SQ	1	CompensatorShapeFabricationCodeSequence	Compensator Shape Fabrication Code Sequence	0
300A0668	SQ	1	CompensatorShapeSequence	Compensator Shape Sequence	0
300A0669	FD	1	RadiationBeamCompensatorMillingToolDiameter	Radiation Beam Compensator Milling Tool Diameter	0
300A066A	SQ	1	BlockDefinitionSequence	Block Definition Sequence	0
300A066B	OF	1	BlockEdgeData	Block Edge Data	0
300A066C	CS	1	BlockOrientation	Block Orientation	0
300A066D	FD	1	RadiationBeamBlockThickness	Radiation Beam Block Thickness	0
300A066E	FD	1	RadiationBeamBlockSlabThickness	Radiation Beam Block Slab Thickness	0
300A066F	SQ	1	BlockEdgeDataSequence	Block Edge Data Sequence	0
300A0670	US	1	NumberOfRTAccessoryHolders	Number of RT Accessory Holders	0
300A0671	SQ	1	GeneralAccessoryDefinitionSequence	General Accessory Definition Sequence	0
300A0672	US	1	NumberOfGeneralAccessories	Number of General Accessories	0
300A0673	SQ	1	BolusDefinitionSequence	Bolus Definition Sequence	0
300A0674	US	1	NumberOfBoluses	Number of Boluses	0
300A0675	UI	1	EquipmentFrameOfReferenceUID	Equipment Frame of Reference UID	0
300A0676	ST	1	EquipmentFrameOfReferenceDescription	Equipment Frame of Reference Description	0
300A0677	SQ	1	EquipmentReferencePointCoordinatesSequence	Equipment Reference Point Coordinates Sequence	0
300A0678	SQ	1	EquipmentReferencePointCodeSequence	Equipment Reference Point Code Sequence	0
300A0679	FD	1	RTBeamLimitingDeviceAngle	RT Beam Limiting Device Angle	0
300A067A	FD	1	SourceRollAngle	Source Roll Angle	0
300A067B	SQ	1	RadiationGenerationModeSequence	Radiation GenerationMode Sequence	0
300A067C	SH	1	RadiationGenerationModeLabel	Radiation GenerationMode Label	0
300A067D	ST	1	RadiationGenerationModeDescription	Radiation GenerationMode Description	0
300A067E	SQ	1	RadiationGenerationModeMachineCodeSequence	Radiation GenerationMode Machine Code Sequence	0
300A067F	SQ	1	RadiationTypeCodeSequence	Radiation Type Code Sequence	0
300A0680	DS	1	NominalEnergy	Nominal Energy	0
300A0681	DS	1	MinimumNominalEnergy	Minimum Nominal Energy	0
300A0682	DS	1	MaximumNominalEnergy	Maximum Nominal Energy	0
300A0683	SQ	1	RadiationFluenceModifierCodeSequence	Radiation Fluence Modifier Code Sequence	0
300A0684	SQ	1	EnergyUnitCodeSequence	Energy Unit Code Sequence	0
300A0685	US	1	NumberOfRadiationGenerationModes	Number of Radiation GenerationModes	0
300A0686	SQ	1	PatientSupportDevicesSequence	Patient Support Devices Sequence	0
300A0687	US	1	NumberOfPatientSupportDevices	Number of Patient Support Devices	0
300A0688	FD	1	RTBeamModifierDefinitionDistance	RT Beam Modifier Definition Distance	0
300A0689	SQ	1	BeamAreaLimitSequence	Beam Area Limit Sequence	0
300A068A	SQ	1	ReferencedRTPrescriptionSequence	Referenced RT Prescription Sequence	0
300A068B	CS	1	DoseValueInterpretation	Dose Value Interpretation	0
300A0700	UI	1	TreatmentSessionUID	Treatment Session UID	0
300A0701	CS	1	RTRadiationUsage	RT Radiation Usage	0
300A0702	SQ	1	ReferencedRTRadiationSetSequence	Referenced RT Radiation Set Sequence	0
300A0703	SQ	1	ReferencedRTRadiationRecordSequence	Referenced RT Radiation Record Sequence	0
300A0704	US	1	RTRadiationSetDeliveryNumber	RT Radiation Set Delivery Number	0
300A0705	US	1	ClinicalFractionNumber	Clinical Fraction Number	0
300A0706	CS	1	RTTreatmentFractionCompletionStatus	RT Treatment Fraction Completion Status	0
300A0707	CS	1	RTRadiationSetUsage	RT Radiation Set Usage	0
300A0708	CS	1	TreatmentDeliveryContinuationFlag	Treatment Delivery Continuation Flag	0
300A0709	CS	1	TreatmentRecordContentOrigin	Treatment Record Content Origin	0
300A0714	CS	1	RTTreatmentTerminationStatus	RT Treatment Termination Status	0
300A0715	SQ	1	RTTreatmentTerminationReasonCodeSequence	RT Treatment Termination Reason Code Sequence	0
300A0716	SQ	1	MachineSpecificTreatmentTerminationCodeSequence	Machine-Specific Treatment Termination Code Sequence	0
300A0722	SQ	1	RTRadiationSalvageRecordControlPointSequence	RT Radiation Salvage Record Control Point Sequence	0
300A0723	CS	1	StartingMetersetValueKnownFlag	Starting Meterset Value Known Flag	0
300A0730	ST	1	TreatmentTerminationDescription	Treatment Termination Description	0
300A0731	SQ	1	TreatmentToleranceViolationSequence	Treatment Tolerance Violation Sequence	0
300A0732	CS	1	TreatmentToleranceViolationCategory	Treatment Tolerance Violation Category	0
300A0733	SQ	1	TreatmentToleranceViolationAttributeSequence	Treatment Tolerance Violation Attribute Sequence	0
300A0734	ST	1	TreatmentToleranceViolationDescription	Treatment Tolerance Violation Description	0
300A0735	ST	1	TreatmentToleranceViolationIdentification	Treatment Tolerance Violation Identification	0
300A0736	DT	1	TreatmentToleranceViolationDateTime	Treatment Tolerance Violation DateTime	0
300A073A	DT	1	RecordedRTControlPointDateTime	Recorded RT Control Point DateTime	0
300A073B	US	1	ReferencedRadiationRTControlPointIndex	Referenced Radiation RT Control Point Index	0
300A073E	SQ	1	AlternateValueSequence	Alternate Value Sequence	0
300A073F	SQ	1	ConfirmationSequence	Confirmation Sequence	0
300A0740	SQ	1	InterlockSequence	Interlock Sequence	0
300A0741	DT	1	InterlockDateTime	Interlock DateTime	0
300A0742	ST	1	InterlockDescription	Interlock Description	0
300A0743	SQ	1	InterlockOriginatingDeviceSequence	Interlock Originating Device Sequence	0
300A0744	SQ	1	InterlockCodeSequence	Interlock Code Sequence	0
300A0745	SQ	1	InterlockResolutionCodeSequence	Interlock Resolution Code Sequence	0
300A0746	SQ	1	InterlockResolutionUserSequence	Interlock Resolution User Sequence	0
300A0760	DT	1	OverrideDateTime	Override DateTime	0
300A0761	SQ	1	TreatmentToleranceViolationTypeCodeSequence	Treatment Tolerance Violation Type Code Sequence	0
300A0762	SQ	1	TreatmentToleranceViolationCauseCodeSequence	Treatment Tolerance Violation Cause Code Sequence	0
300A0772	SQ	1	MeasuredMetersetToDoseMappingSequence	Measured Meterset to Dose Mapping Sequence	0
300A0773	US	1	ReferencedExpectedInVivoMeasurementValueIndex	Referenced Expected In-Vivo Measurement Value Index	0
300A0774	SQ	1	DoseMeasurementDeviceCodeSequence	Dose Measurement Device Code Sequence	0
300A0780	SQ	1	AdditionalParameterRecordingInstanceSequence	Additional Parameter Recording Instance Sequence	0
300A0782	US	1			1
300A0783	ST	1	InterlockOriginDescription	Interlock Origin Description	0
300A0784	SQ	1	RTPatientPositionScopeSequence	RT Patient Position Scope Sequence	0
300A0785	UI	1	ReferencedTreatmentPositionGroupUID	Referenced Treatment Position Group UID	0
300A0786	US	1	RadiationOrderIndex	Radiation Order Index	0
300A0787	SQ	1	OmittedRadiationSequence	Omitted Radiation Sequence	0
300A0788	SQ	1	ReasonForOmissionCodeSequence	Reason for Omission Code Sequence	0
300A0789	SQ	1	RTDeliveryStartPatientPositionSequence	RT Delivery Start Patient Position Sequence	0
300A078A	SQ	1	RTTreatmentPreparationPatientPositionSequence	RT Treatment Preparation Patient Position Sequence	0
300A078B	SQ	1	ReferencedRTTreatmentPreparationSequence	Referenced RT Treatment Preparation Sequence	0
300A078C	SQ	1	ReferencedPatientSetupPhotoSequence	Referenced Patient Setup Photo Sequence	0
300A078D	SQ	1	PatientTreatmentPreparationMethodCodeSequence	Patient Treatment Preparation Method Code Sequence	0
300A078E	LT	1	PatientTreatmentPreparationProcedureParameterDescription	Patient Treatment Preparation Procedure Parameter Description	0
300A078F	SQ	1	PatientTreatmentPreparationDeviceSequence	Patient Treatment Preparation Device Sequence	0
300A0790	SQ	1	PatientTreatmentPreparationProcedureSequence	Patient Treatment Preparation Procedure Sequence	0
300A0791	SQ	1	PatientTreatmentPreparationProcedureCodeSequence	Patient Treatment Preparation Procedure Code Sequence	0
300A0792	LT	1	PatientTreatmentPreparationMethodDescription	Patient Treatment Preparation Method Description	0
300A0793	SQ	1	PatientTreatmentPreparationProcedureParameterSequence	Patient Treatment Preparation Procedure Parameter Sequence	0
300A0794	LT	1	PatientSetupPhotoDescription	Patient Setup Photo Description	0
300A0795	US	1	PatientTreatmentPreparationProcedureIndex	Patient Treatment Preparation Procedure Index	0
300A0796	US	1	ReferencedPatientSetupProcedureIndex	Referenced Patient Setup Procedure Index	0
300A0797	SQ	1	RTRadiationTaskSequence	RT Radiation Task Sequence	0
300A0798	SQ	1	RTPatientPositionDisplacementSequence	RT Patient Position Displacement Sequence	0
300A0799	SQ	1	RTPatientPositionSequence	RT Patient Position Sequence	0
300A079A	LO	1	DisplacementReferenceLabel	Displacement Reference Label	0
300A079B	FD	16	DisplacementMatrix	Displacement Matrix	0
300A079C	SQ	1	PatientSupportDisplacementSequence	Patient Support Displacement Sequence	0
300A079D	SQ	1	DisplacementReferenceLocationCodeSequence	Displacement Reference Location Code Sequence	0
300A079E	CS	1	RTRadiationSetDeliveryUsage	RT Radiation Set Delivery Usage	0
300A079F	SQ	1	PatientTreatmentPreparationSequence	Patient Treatment Preparation Sequence	0
300A07A0	SQ	1	PatientToEquipmentRelationshipSequence	Patient to Equipment Relationship Sequence	0
300A07A1	SQ	1	ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence	Imaging Equipment to Treatment Delivery Device Relationship Sequence	0
300C0002	SQ	1	ReferencedRTPlanSequence	Referenced RT Plan Sequence	0
300C0004	SQ	1	ReferencedBeamSequence	Referenced Beam Sequence	0
300C0006	IS	1	ReferencedBeamNumber	Referenced Beam Number	0
300C0007	IS	1	ReferencedReferenceImageNumber	Referenced Reference Image Number	0
300C0008	DS	1	StartCumulativeMetersetWeight	Start Cumulative Meterset Weight	0
300C0009	DS	1	EndCumulativeMetersetWeight	End Cumulative Meterset Weight	0
300C000A	SQ	1	ReferencedBrachyApplicationSetupSequence	Referenced Brachy Application Setup Sequence	0
300C000C	IS	1	ReferencedBrachyApplicationSetupNumber	Referenced Brachy Application Setup Number	0
300C000E	IS	1	ReferencedSourceNumber	Referenced Source Number	0
300C0020	SQ	1	ReferencedFractionGroupSequence	Referenced Fraction Group Sequence	0
300C0022	IS	1	ReferencedFractionGroupNumber	Referenced Fraction Group Number	0
300C0040	SQ	1	ReferencedVerificationImageSequence	Referenced Verification Image Sequence	0
300C0042	SQ	1	ReferencedReferenceImageSequence	Referenced Reference Image Sequence	0
300C0050	SQ	1	ReferencedDoseReferenceSequence	Referenced Dose Reference Sequence	0
300C0051	IS	1	ReferencedDoseReferenceNumber	Referenced Dose Reference Number	0
300C0055	SQ	1	BrachyReferencedDoseReferenceSequence	Brachy Referenced Dose Reference Sequence	0
300C0060	SQ	1	ReferencedStructureSetSequence	Referenced Structure Set Sequence	0
300C006A	IS	1	ReferencedPatientSetupNumber	Referenced Patient Setup Number	0
300C0080	SQ	1	ReferencedDoseSequence	Referenced Dose Sequence	0
300C00A0	IS	1	ReferencedToleranceTableNumber	Referenced Tolerance Table Number	0
300C00B0	SQ	1	ReferencedBolusSequence	Referenced Bolus Sequence	0
300C00C0	IS	1	ReferencedWedgeNumber	Referenced Wedge Number	0
300C00D0	IS	1	ReferencedCompensatorNumber	Referenced Compensator Number	0
300C00E0	IS	1	ReferencedBlockNumber	Referenced Block Number	0
300C00F0	IS	1	ReferencedControlPointIndex	Referenced Control Point Index	0
300C00F2	SQ	1	ReferencedControlPointSequence	Referenced Control Point Sequence	0
300C00F4	IS	1	ReferencedStartControlPointIndex	Referenced Start Control Point Index	0
300C00F6	IS	1	ReferencedStopControlPointIndex	Referenced Stop Control Point Index	0
300C0100	IS	1	ReferencedRangeShifterNumber	Referenced Range Shifter Number	0
300C0102	IS	1	ReferencedLateralSpreadingDeviceNumber	Referenced Lateral Spreading Device Number	0
300C0104	IS	1	ReferencedRangeModulatorNumber	Referenced Range Modulator Number	0
300C0111	SQ	1	OmittedBeamTaskSequence	Omitted Beam Task Sequence	0
300C0112	CS	1	ReasonForOmission	Reason for Omission	0
300C0113	LO	1	ReasonForOmissionDescription	Reason for Omission Description	0
300C0114	SQ	1	PrescriptionOverviewSequence	Prescription Overview Sequence	0
300C0115	FL	1	TotalPrescriptionDose	Total Prescription Dose	0
300C0116	SQ	1	PlanOverviewSequence	Plan Overview Sequence	0
300C0117	US	1	PlanOverviewIndex	Plan Overview Index	0
300C0118	US	1	ReferencedPlanOverviewIndex	Referenced Plan Overview Index	0
300C0119	US	1	NumberOfFractionsIncluded	Number of Fractions Included	0
300C0120	SQ	1	DoseCalibrationConditionsSequence	Dose Calibration Conditions Sequence	0
300C0121	FD	1	AbsorbedDoseToMetersetRatio	Absorbed Dose to Meterset Ratio	0
300C0122	FD	2	DelineatedRadiationFieldSize	Delineated Radiation Field Size	0
300C0123	CS	1	DoseCalibrationConditionsVerifiedFlag	Dose Calibration Conditions Verified Flag	0
300C0124	FD	1	CalibrationReferencePointDepth	Calibration Reference Point Depth	0
300C0125	SQ	1	GatingBeamHoldTransitionSequence	Gating Beam Hold Transition Sequence	0
300C0126	CS	1	BeamHoldTransition	Beam Hold Transition	0
300C0127	DT	1	BeamHoldTransitionDateTime	Beam Hold Transition DateTime	0
300C0128	SQ	1	BeamHoldOriginatingDeviceSequence	Beam Hold Originating Device Sequence	0
300C0129	CS	1	BeamHoldTransitionTriggerSource	Beam Hold Transition Trigger Source	0
300E0002	CS	1	ApprovalStatus	Approval Status	0
300E0004	DA	1	ReviewDate	Review Date	0
300E0005	TM	1	ReviewTime	Review Time	0
300E0008	PN	1	ReviewerName	Reviewer Name	0
30100001	SQ	1	RadiobiologicalDoseEffectSequence	Radiobiological Dose Effect Sequence	0
30100002	CS	1	RadiobiologicalDoseEffectFlag	Radiobiological Dose Effect Flag	0
30100003	SQ	1	EffectiveDoseCalculationMethodCategoryCodeSequence	Effective Dose Calculation Method Category Code Sequence	0
30100004	SQ	1	EffectiveDoseCalculationMethodCodeSequence	Effective Dose Calculation Method Code Sequence	0
30100005	LO	1	EffectiveDoseCalculationMethodDescription	Effective Dose Calculation Method Description	0
30100006	UI	1	ConceptualVolumeUID	Conceptual Volume UID	0
30100007	SQ	1	OriginatingSOPInstanceReferenceSequence	Originating SOP Instance Reference Sequence	0
30100008	SQ	1	ConceptualVolumeConstituentSequence	Conceptual Volume Constituent Sequence	0
30100009	SQ	1	EquivalentConceptualVolumeInstanceReferenceSequence	Equivalent Conceptual Volume Instance Reference Sequence	0
3010000A	SQ	1	EquivalentConceptualVolumesSequence	Equivalent Conceptual Volumes Sequence	0
3010000B	UI	1	ReferencedConceptualVolumeUID	Referenced Conceptual Volume UID	0
3010000C	UT	1	ConceptualVolumeCombinationExpression	Conceptual Volume Combination Expression	0
3010000D	US	1	ConceptualVolumeConstituentIndex	Conceptual Volume Constituent Index	0
3010000E	CS	1	ConceptualVolumeCombinationFlag	Conceptual Volume Combination Flag	0
3010000F	ST	1	ConceptualVolumeCombinationDescription	Conceptual Volume Combination Description	0
30100010	CS	1	ConceptualVolumeSegmentationDefinedFlag	Conceptual Volume Segmentation Defined Flag	0
30100011	SQ	1	ConceptualVolumeSegmentationReferenceSequence	Conceptual Volume Segmentation Reference Sequence	0
30100012	SQ	1	ConceptualVolumeConstituentSegmentationReferenceSequence	Conceptual Volume Constituent Segmentation Reference Sequence	0
30100013	UI	1	ConstituentConceptualVolumeUID	Constituent Conceptual Volume UID	0
30100014	SQ	1	DerivationConceptualVolumeSequence	Derivation Conceptual Volume Sequence	0
30100015	UI	1	SourceConceptualVolumeUID	Source Conceptual Volume UID	0
30100016	SQ	1	ConceptualVolumeDerivationAlgorithmSequence	Conceptual Volume Derivation Algorithm Sequence	0
30100017	ST	1	ConceptualVolumeDescription	Conceptual Volume Description	0
30100018	SQ	1	SourceConceptualVolumeSequence	Source Conceptual Volume Sequence	0
30100019	SQ	1	AuthorIdentificationSequence	Author Identification Sequence	0
3010001A	LO	1	ManufacturerModelVersion	Manufacturer's Model Version	0
3010001B	UC	1	DeviceAlternateIdentifier	Device Alternate Identifier	0
3010001C	CS	1	DeviceAlternateIdentifierType	Device Alternate Identifier Type	0
3010001D	LT	1	DeviceAlternateIdentifierFormat	Device Alternate Identifier Format	0
3010001E	LO	1	SegmentationCreationTemplateLabel	Segmentation Creation Template Label	0
3010001F	UI	1	SegmentationTemplateUID	Segmentation Template UID	0
30100020	US	1	ReferencedSegmentReferenceIndex	Referenced Segment Reference Index	0
30100021	SQ	1	SegmentReferenceSequence	Segment Reference Sequence	0
30100022	US	1	SegmentReferenceIndex	Segment Reference Index	0
30100023	SQ	1	DirectSegmentReferenceSequence	Direct Segment Reference Sequence	0
30100024	SQ	1	CombinationSegmentReferenceSequence	Combination Segment Reference Sequence	0
30100025	SQ	1	ConceptualVolumeSequence	Conceptual Volume Sequence	0
30100026	SQ	1	SegmentedRTAccessoryDeviceSequence	Segmented RT Accessory Device Sequence	0
30100027	SQ	1	SegmentCharacteristicsSequence	Segment Characteristics Sequence	0
30100028	SQ	1	RelatedSegmentCharacteristicsSequence	Related Segment Characteristics Sequence	0
30100029	US	1	SegmentCharacteristicsPrecedence	Segment Characteristics Precedence	0
3010002A	SQ	1	RTSegmentAnnotationSequence	RT Segment Annotation Sequence	0
3010002B	SQ	1	SegmentAnnotationCategoryCodeSequence	Segment Annotation Category Code Sequence	0
3010002C	SQ	1	SegmentAnnotationTypeCodeSequence	Segment Annotation Type Code Sequence	0
3010002D	LO	1	DeviceLabel	Device Label	0
3010002E	SQ	1	DeviceTypeCodeSequence	Device Type Code Sequence	0
3010002F	SQ	1	SegmentAnnotationTypeModifierCodeSequence	Segment Annotation Type Modifier Code Sequence	0
30100030	SQ	1	PatientEquipmentRelationshipCodeSequence	Patient Equipment Relationship Code Sequence	0
30100031	UI	1	ReferencedFiducialsUID	Referenced Fiducials UID	0
30100032	SQ	1	PatientTreatmentOrientationSequence	Patient Treatment Orientation Sequence	0
30100033	SH	1	UserContentLabel	User Content Label	0
30100034	LO	1	UserContentLongLabel	User Content Long Label	0
30100035	SH	1	EntityLabel	Entity Label	0
30100036	LO	1	EntityName	Entity Name	0
30100037	ST	1	EntityDescription	Entity Description	0
30100038	LO	1	EntityLongLabel	Entity Long Label	0
30100039	US	1	DeviceIndex	Device Index	0
3010003A	US	1	RTTreatmentPhaseIndex	RT Treatment Phase Index	0
3010003B	UI	1	RTTreatmentPhaseUID	RT Treatment Phase UID	0
3010003C	US	1	RTPrescriptionIndex	RT Prescription Index	0
3010003D	US	1	RTSegmentAnnotationIndex	RT Segment Annotation Index	0
3010003E	US	1	BasisRTTreatmentPhaseIndex	Basis RT Treatment Phase Index	0
3010003F	US	1	RelatedRTTreatmentPhaseIndex	Related RT Treatment Phase Index	0
30100040	US	1	ReferencedRTTreatmentPhaseIndex	Referenced RT Treatment Phase Index	0
30100041	US	1	ReferencedRTPrescriptionIndex	Referenced RT Prescription Index	0
30100042	US	1	ReferencedParentRTPrescriptionIndex	Referenced Parent RT Prescription Index	0
30100043	ST	1	ManufacturerDeviceIdentifier	Manufacturer's Device Identifier	0
30100044	SQ	1	InstanceLevelReferencedPerformedProcedureStepSequence	Instance-Level Referenced Performed Procedure Step Sequence	0
30100045	CS	1	RTTreatmentPhaseIntentPresenceFlag	RT Treatment Phase Intent Presence Flag	0
30100046	CS	1	RadiotherapyTreatmentType	Radiotherapy Treatment Type	0
30100047	CS	1-n	TeletherapyRadiationType	Teletherapy Radiation Type	0
30100048	CS	1-n	BrachytherapySourceType	Brachytherapy Source Type	0
30100049	SQ	1	ReferencedRTTreatmentPhaseSequence	Referenced RT Treatment Phase Sequence	0
3010004A	SQ	1	ReferencedDirectSegmentInstanceSequence	Referenced Direct Segment Instance Sequence	0
3010004B	SQ	1	IntendedRTTreatmentPhaseSequence	Intended RT Treatment Phase Sequence	0
3010004C	DA	1	IntendedPhaseStartDate	Intended Phase Start Date	0
3010004D	DA	1	IntendedPhaseEndDate	Intended Phase End Date	0
3010004E	SQ	1	RTTreatmentPhaseIntervalSequence	RT Treatment Phase Interval Sequence	0
3010004F	CS	1	TemporalRelationshipIntervalAnchor	Temporal Relationship Interval Anchor	0
30100050	FD	1	MinimumNumberOfIntervalDays	Minimum Number of Interval Days	0
30100051	FD	1	MaximumNumberOfIntervalDays	Maximum Number of Interval Days	0
30100052	UI	1-n	PertinentSOPClassesInStudy	Pertinent SOP Classes in Study	0
30100053	UI	1-n	PertinentSOPClassesInSeries	Pertinent SOP Classes in Series	0
30100054	LO	1	RTPrescriptionLabel	RT Prescription Label	0
30100055	SQ	1	RTPhysicianIntentPredecessorSequence	RT Physician Intent Predecessor Sequence	0
30100056	LO	1	RTTreatmentApproachLabel	RT Treatment Approach Label	0
30100057	SQ	1	RTPhysicianIntentSequence	RT Physician Intent Sequence	0
30100058	US	1	RTPhysicianIntentIndex	RT Physician Intent Index	0
30100059	CS	1	RTTreatmentIntentType	RT Treatment Intent Type	0
3010005A	UT	1	RTPhysicianIntentNarrative	RT Physician Intent Narrative	0
3010005B	SQ	1	RTProtocolCodeSequence	RT Protocol Code Sequence	0
3010005C	ST	1	ReasonForSuperseding	Reason for Superseding	0
3010005D	SQ	1	RTDiagnosisCodeSequence	RT Diagnosis Code Sequence	0
3010005E	US	1	ReferencedRTPhysicianIntentIndex	Referenced RT Physician Intent Index	0
3010005F	SQ	1	RTPhysicianIntentInputInstanceSequence	RT Physician Intent Input Instance Sequence	0
30100060	SQ	1	RTAnatomicPrescriptionSequence	RT Anatomic Prescription Sequence	0
30100061	UT	1	PriorTreatmentDoseDescription	Prior Treatment Dose Description	0
30100062	SQ	1	PriorTreatmentReferenceSequence	Prior Treatment Reference Sequence	0
30100063	CS	1	DosimetricObjectiveEvaluationScope	Dosimetric Objective Evaluation Scope	0
30100064	SQ	1	TherapeuticRoleCategoryCodeSequence	Therapeutic Role Category Code Sequence	0
30100065	SQ	1	TherapeuticRoleTypeCodeSequence	Therapeutic Role Type Code Sequence	0
30100066	US	1	ConceptualVolumeOptimizationPrecedence	Conceptual Volume Optimization Precedence	0
30100067	SQ	1	ConceptualVolumeCategoryCodeSequence	Conceptual Volume Category Code Sequence	0
30100068	CS	1	ConceptualVolumeBlockingConstraint	Conceptual Volume Blocking Constraint	0
30100069	SQ	1	ConceptualVolumeTypeCodeSequence	Conceptual Volume Type Code Sequence	0
3010006A	SQ	1	ConceptualVolumeTypeModifierCodeSequence	Conceptual Volume Type Modifier Code Sequence	0
3010006B	SQ	1	RTPrescriptionSequence	RT Prescription Sequence	0
3010006C	SQ	1	DosimetricObjectiveSequence	Dosimetric Objective Sequence	0
3010006D	SQ	1	DosimetricObjectiveTypeCodeSequence	Dosimetric Objective Type Code Sequence	0
3010006E	UI	1	DosimetricObjectiveUID	Dosimetric Objective UID	0
3010006F	UI	1	ReferencedDosimetricObjectiveUID	Referenced Dosimetric Objective UID	0
30100070	SQ	1	DosimetricObjectiveParameterSequence	Dosimetric Objective Parameter Sequence	0
30100071	SQ	1	ReferencedDosimetricObjectivesSequence	Referenced Dosimetric Objectives Sequence	0
30100073	CS	1	AbsoluteDosimetricObjectiveFlag	Absolute Dosimetric Objective Flag	0
30100074	FD	1	DosimetricObjectiveWeight	Dosimetric Objective Weight	0
30100075	CS	1	DosimetricObjectivePurpose	Dosimetric Objective Purpose	0
30100076	SQ	1	PlanningInputInformationSequence	Planning Input Information Sequence	0
30100077	LO	1	TreatmentSite	Treatment Site	0
30100078	SQ	1	TreatmentSiteCodeSequence	Treatment Site Code Sequence	0
30100079	SQ	1	FractionPatternSequence	Fraction Pattern Sequence	0
3010007A	UT	1	TreatmentTechniqueNotes	Treatment Technique Notes	0
3010007B	UT	1	PrescriptionNotes	Prescription Notes	0
3010007C	IS	1	NumberOfIntervalFractions	Number of Interval Fractions	0
3010007D	US	1	NumberOfFractions	Number of Fractions	0
3010007E	US	1	IntendedDeliveryDuration	Intended Delivery Duration	0
3010007F	UT	1	FractionationNotes	Fractionation Notes	0
30100080	SQ	1	RTTreatmentTechniqueCodeSequence	RT Treatment Technique Code Sequence	0
30100081	SQ	1	PrescriptionNotesSequence	Prescription Notes Sequence	0
30100082	SQ	1	FractionBasedRelationshipSequence	Fraction-Based Relationship Sequence	0
30100083	CS	1	FractionBasedRelationshipIntervalAnchor	Fraction-Based Relationship Interval Anchor	0
30100084	FD	1	MinimumHoursBetweenFractions	Minimum Hours between Fractions	0
30100085	TM	1-n	IntendedFractionStartTime	Intended Fraction Start Time	0
30100086	LT	1	IntendedStartDayOfWeek	Intended Start Day of Week	0
30100087	SQ	1	WeekdayFractionPatternSequence	Weekday Fraction Pattern Sequence	0
30100088	SQ	1	DeliveryTimeStructureCodeSequence	Delivery Time Structure Code Sequence	0
30100089	SQ	1	TreatmentSiteModifierCodeSequence	Treatment Site Modifier Code Sequence	0
30100090	CS	1	RoboticBaseLocationIndicator	Robotic Base Location Indicator	1
30100091	SQ	1	RoboticPathNodeSetCodeSequence	Robotic Path Node Set Code Sequence	0
30100092	UL	1	RoboticNodeIdentifier	Robotic Node Identifier	0
30100093	FD	3	RTTreatmentSourceCoordinates	RT Treatment Source Coordinates	0
30100094	FD	1	RadiationSourceCoordinateSystemYawAngle	Radiation Source Coordinate SystemYaw Angle	0
30100095	FD	1	RadiationSourceCoordinateSystemRollAngle	Radiation Source Coordinate SystemRoll Angle	0
30100096	FD	1	RadiationSourceCoordinateSystemPitchAngle	Radiation Source Coordinate System Pitch Angle	0
30100097	SQ	1	RoboticPathControlPointSequence	Robotic Path Control Point Sequence	0
30100098	SQ	1	TomotherapeuticControlPointSequence	Tomotherapeutic Control Point Sequence	0
30100099	FD	1-n	TomotherapeuticLeafOpenDurations	Tomotherapeutic Leaf Open Durations	0
3010009A	FD	1-n	TomotherapeuticLeafInitialClosedDurations	Tomotherapeutic Leaf Initial Closed Durations	0
301000A0	SQ	1	ConceptualVolumeIdentificationSequence	Conceptual Volume Identification Sequence	0
40000010	LT	1	Arbitrary	Arbitrary	1
40004000	LT	1	TextComments	Text Comments	1
40080040	SH	1	ResultsID	Results ID	1
40080042	LO	1	ResultsIDIssuer	Results ID Issuer	1
40080050	SQ	1	ReferencedInterpretationSequence	Referenced Interpretation Sequence	1
400800FF	CS	1	ReportProductionStatusTrial	Report Production Status (Trial)	1
40080100	DA	1	InterpretationRecordedDate	Interpretation Recorded Date	1
40080101	TM	1	InterpretationRecordedTime	Interpretation Recorded Time	1
40080102	PN	1	InterpretationRecorder	Interpretation Recorder	1
40080103	LO	1	ReferenceToRecordedSound	Reference to Recorded Sound	1
40080108	DA	1	InterpretationTranscriptionDate	Interpretation Transcription Date	1
40080109	TM	1	InterpretationTranscriptionTime	Interpretation Transcription Time	1
4008010A	PN	1	InterpretationTranscriber	Interpretation Transcriber	1
4008010B	ST	1	InterpretationText	Interpretation Text	1
4008010C	PN	1	InterpretationAuthor	Interpretation Author	1
40080111	SQ	1	InterpretationApproverSequence	Interpretation Approver Sequence	1
40080112	DA	1	InterpretationApprovalDate	Interpretation Approval Date	1
40080113	TM	1	InterpretationApprovalTime	Interpretation Approval Time	1
40080114	PN	1	PhysicianApprovingInterpretation	Physician Approving Interpretation	1
40080115	LT	1	InterpretationDiagnosisDescription	Interpretation Diagnosis Description	1
40080117	SQ	1	InterpretationDiagnosisCodeSequence	Interpretation Diagnosis Code Sequence	1
40080118	SQ	1	ResultsDistributionListSequence	Results Distribution List Sequence	1
40080119	PN	1	DistributionName	Distribution Name	1
4008011A	LO	1	DistributionAddress	Distribution Address	1
40080200	SH	1	InterpretationID	Interpretation ID	1
40080202	LO	1	InterpretationIDIssuer	Interpretation ID Issuer	1
40080210	CS	1	InterpretationTypeID	Interpretation Type ID	1
40080212	CS	1	InterpretationStatusID	Interpretation Status ID	1
40080300	ST	1	Impressions	Impressions	1
40084000	ST	1	ResultsComments	Results Comments	1
40100001	CS	1	LowEnergyDetectors	Low Energy Detectors	0
40100002	CS	1	HighEnergyDetectors	High Energy Detectors	0
40100004	SQ	1	DetectorGeometrySequence	Detector Geometry Sequence	0
40101001	SQ	1	ThreatROIVoxelSequence	Threat ROI Voxel Sequence	0
40101004	FL	3	ThreatROIBase	Threat ROI Base	0
40101005	FL	3	ThreatROIExtents	Threat ROI Extents	0
40101006	OB	1	ThreatROIBitmap	Threat ROI Bitmap	0
40101007	SH	1	RouteSegmentID	Route Segment ID	0
40101008	CS	1	GantryType	Gantry Type	0
40101009	CS	1	OOIOwnerType	OOI Owner Type	0
4010100A	SQ	1	RouteSegmentSequence	Route Segment Sequence	0
40101010	US	1	PotentialThreatObjectID	Potential Threat Object ID	0
40101011	SQ	1	ThreatSequence	Threat Sequence	0
40101012	CS	1	ThreatCategory	Threat Category	0
40101013	LT	1	ThreatCategoryDescription	Threat Category Description	0
40101014	CS	1	ATDAbilityAssessment	ATD Ability Assessment	0
40101015	CS	1	ATDAssessmentFlag	ATD Assessment Flag	0
40101016	FL	1	ATDAssessmentProbability	ATD Assessment Probability	0
40101017	FL	1	Mass	Mass	0
40101018	FL	1	Density	Density	0
40101019	FL	1	ZEffective	Z Effective	0
4010101A	SH	1	BoardingPassID	Boarding Pass ID	0
4010101B	FL	3	CenterOfMass	Center of Mass	0
4010101C	FL	3	CenterOfPTO	Center of PTO	0
4010101D	FL	6-n	BoundingPolygon	Bounding Polygon	0
4010101E	SH	1	RouteSegmentStartLocationID	Route Segment Start Location ID	0
4010101F	SH	1	RouteSegmentEndLocationID	Route Segment End Location ID	0
40101020	CS	1	RouteSegmentLocationIDType	Route Segment Location ID Type	0
40101021	CS	1-n	AbortReason	Abort Reason	0
40101023	FL	1	VolumeOfPTO	Volume of PTO	0
40101024	CS	1	AbortFlag	Abort Flag	0
40101025	DT	1	RouteSegmentStartTime	Route Segment Start Time	0
40101026	DT	1	RouteSegmentEndTime	Route Segment End Time	0
40101027	CS	1	TDRType	TDR Type	0
40101028	CS	1	InternationalRouteSegment	International Route Segment	0
40101029	LO	1-n	ThreatDetectionAlgorithmAndVersion	Threat Detection Algorithm and Version	0
4010102A	SH	1	AssignedLocation	Assigned Location	0
4010102B	DT	1	AlarmDecisionTime	Alarm Decision Time	0
40101031	CS	1	AlarmDecision	Alarm Decision	0
40101033	US	1	NumberOfTotalObjects	Number of Total Objects	0
40101034	US	1	NumberOfAlarmObjects	Number of Alarm Objects	0
40101037	SQ	1	PTORepresentationSequence	PTO Representation Sequence	0
40101038	SQ	1	ATDAssessmentSequence	ATD Assessment Sequence	0
40101039	CS	1	TIPType	TIP Type	0
4010103A	CS	1	DICOSVersion	DICOS Version	0
40101041	DT	1	OOIOwnerCreationTime	OOI Owner Creation Time	0
40101042	CS	1	OOIType	OOI Type	0
40101043	FL	3	OOISize	OOI Size	0
40101044	CS	1	AcquisitionStatus	Acquisition Status	0
40101045	SQ	1	BasisMaterialsCodeSequence	Basis Materials Code Sequence	0
40101046	CS	1	PhantomType	Phantom Type	0
40101047	SQ	1	OOIOwnerSequence	OOI Owner Sequence	0
40101048	CS	1	ScanType	Scan Type	0
40101051	LO	1	ItineraryID	Itinerary ID	0
40101052	SH	1	ItineraryIDType	Itinerary ID Type	0
40101053	LO	1	ItineraryIDAssigningAuthority	Itinerary ID Assigning Authority	0
40101054	SH	1	RouteID	Route ID	0
40101055	SH	1	RouteIDAssigningAuthority	Route ID Assigning Authority	0
40101056	CS	1	InboundArrivalType	Inbound Arrival Type	0
40101058	SH	1	CarrierID	Carrier ID	0
40101059	CS	1	CarrierIDAssigningAuthority	Carrier ID Assigning Authority	0
40101060	FL	3	SourceOrientation	Source Orientation	0
40101061	FL	3	SourcePosition	Source Position	0
40101062	FL	1	BeltHeight	Belt Height	0
40101064	SQ	1	AlgorithmRoutingCodeSequence	Algorithm Routing Code Sequence	0
40101067	CS	1	TransportClassification	Transport Classification	0
40101068	LT	1	OOITypeDescriptor	OOI Type Descriptor	0
40101069	FL	1	TotalProcessingTime	Total Processing Time	0
4010106C	OB	1	DetectorCalibrationData	Detector Calibration Data	0
4010106D	CS	1	AdditionalScreeningPerformed	Additional Screening Performed	0
4010106E	CS	1	AdditionalInspectionSelectionCriteria	Additional Inspection Selection Criteria	0
4010106F	SQ	1	AdditionalInspectionMethodSequence	Additional Inspection Method Sequence	0
40101070	CS	1	AITDeviceType	AIT Device Type	0
40101071	SQ	1	QRMeasurementsSequence	QR Measurements Sequence	0
40101072	SQ	1	TargetMaterialSequence	Target Material Sequence	0
40101073	FD	1	SNRThreshold	SNR Threshold	0
40101075	DS	1	ImageScaleRepresentation	Image Scale Representation	0
40101076	SQ	1	ReferencedPTOSequence	Referenced PTO Sequence	0
40101077	SQ	1	ReferencedTDRInstanceSequence	Referenced TDR Instance Sequence	0
40101078	ST	1	PTOLocationDescription	PTO Location Description	0
40101079	SQ	1	AnomalyLocatorIndicatorSequence	Anomaly Locator Indicator Sequence	0
4010107A	FL	3	AnomalyLocatorIndicator	Anomaly Locator Indicator	0
4010107B	SQ	1	PTORegionSequence	PTO Region Sequence	0
4010107C	CS	1	InspectionSelectionCriteria	Inspection Selection Criteria	0
4010107D	SQ	1	SecondaryInspectionMethodSequence	Secondary Inspection Method Sequence	0
4010107E	DS	6	PRCSToRCSOrientation	PRCS to RCS Orientation	0
4FFE0001	SQ	1	MACParametersSequence	MAC Parameters Sequence	0
52009229	SQ	1	SharedFunctionalGroupsSequence	Shared Functional Groups Sequence	0
52009230	SQ	1	PerFrameFunctionalGroupsSequence	Per-Frame Functional Groups Sequence	0
54000100	SQ	1	WaveformSequence	Waveform Sequence	0
54000110	OB or OW	1	ChannelMinimumValue	Channel Minimum Value	0
54000112	OB or OW	1	ChannelMaximumValue	Channel Maximum Value	0
54001004	US	1	WaveformBitsAllocated	Waveform Bits Allocated	0
54001006	CS	1	WaveformSampleInterpretation	Waveform Sample Interpretation	0
5400100A	OB or OW	1	WaveformPaddingValue	Waveform Padding Value	0
54001010	OB or OW	1	WaveformData	Waveform Data	0
56000010	OF	1	FirstOrderPhaseCorrectionAngle	First Order Phase Correction Angle	0
56000020	OF	1	SpectroscopyData	Spectroscopy Data	0
7FE00001	OV	1	ExtendedOffsetTable	Extended Offset Table	0
7FE00002	OV	1	ExtendedOffsetTableLengths	Extended Offset Table Lengths	0
7FE00003	UV	1	EncapsulatedPixelDataValueTotalLength	Encapsulated Pixel Data Value Total Length	0
7FE00008	OF	1	FloatPixelData	Float Pixel Data	0
7FE00009	OD	1	DoubleFloatPixelData	Double Float Pixel Data	0
7FE00010	OB or OW	1	PixelData	Pixel Data	0
7FE00020	OW	1	CoefficientsSDVN	Coefficients SDVN	1
7FE00030	OW	1	CoefficientsSDHN	Coefficients SDHN	1
7FE00040	OW	1	CoefficientsSDDN	Coefficients SDDN	1
FFFAFFFA	SQ	1	DigitalSignaturesSequence	Digital Signatures Sequence	0
FFFCFFFC	OB	1	DataSetTrailingPadding	Data Set Trailing Padding	0
FFFEE000	NONE	1	Item	Item	0
FFFEE00D	NONE	1	ItemDelimitationItem	Item Delimitation Item	0
FFFEE0DD	NONE	1	SequenceDelimitationItem	Sequence Delimitation Item	0
002031xx	CS	1-n	SourceImageIDs	Source Image IDs	1
002804x0	US	1	RowsForNthOrderCoefficients	Rows For Nth Order Coefficients	1
002804x1	US	1	ColumnsForNthOrderCoefficients	Columns For Nth Order Coefficients	1
002804x2	LO	1-n	CoefficientCoding	Coefficient Coding	1
002804x3	AT	1-n	CoefficientCodingPointers	Coefficient Coding Pointers	1
002808x0	CS	1-n	CodeLabel	Code Label	1
002808x2	US	1	NumberOfTables	Number of Tables	1
002808x3	AT	1-n	CodeTableLocation	Code Table Location	1
002808x4	US	1	BitsForCodeWord	Bits For Code Word	1
002808x8	AT	1-n	ImageDataLocation	Image Data Location	1
1000xxx0	US	3	EscapeTriplet	Escape Triplet	1
1000xxx1	US	3	RunLengthTriplet	Run Length Triplet	1
1000xxx2	US	1	HuffmanTableSize	Huffman Table Size	1
1000xxx3	US	3	HuffmanTableTriplet	Huffman Table Triplet	1
1000xxx4	US	1	ShiftTableSize	Shift Table Size	1
1000xxx5	US	3	ShiftTableTriplet	Shift Table Triplet	1
1010xxxx	US	1-n	ZonalMap	Zonal Map	1
50xx0005	US	1	CurveDimensions	Curve Dimensions	1
50xx0010	US	1	NumberOfPoints	Number of Points	1
50xx0020	CS	1	TypeOfData	Type of Data	1
50xx0022	LO	1	CurveDescription	Curve Description	1
50xx0030	SH	1-n	AxisUnits	Axis Units	1
50xx0040	SH	1-n	AxisLabels	Axis Labels	1
50xx0103	US	1	DataValueRepresentation	Data Value Representation	1
50xx0104	US	1-n	MinimumCoordinateValue	Minimum Coordinate Value	1
50xx0105	US	1-n	MaximumCoordinateValue	Maximum Coordinate Value	1
50xx0106	SH	1-n	CurveRange	Curve Range	1
50xx0110	US	1-n	CurveDataDescriptor	Curve Data Descriptor	1
50xx0112	US	1-n	CoordinateStartValue	Coordinate Start Value	1
50xx0114	US	1-n	CoordinateStepValue	Coordinate Step Value	1
50xx1001	CS	1	CurveActivationLayer	Curve Activation Layer	1
50xx2000	US	1	AudioType	Audio Type	1
50xx2002	US	1	AudioSampleFormat	Audio Sample Format	1
50xx2004	US	1	NumberOfChannels	Number of Channels	1
50xx2006	UL	1	NumberOfSamples	Number of Samples	1
50xx2008	UL	1	SampleRate	Sample Rate	1
50xx200A	UL	1	TotalTime	Total Time	1
50xx200C	OB or OW	1	AudioSampleData	Audio Sample Data	1
50xx200E	LT	1	AudioComments	Audio Comments	1
50xx2500	LO	1	CurveLabel	Curve Label	1
50xx2600	SQ	1	CurveReferencedOverlaySequence	Curve Referenced Overlay Sequence	1
50xx2610	US	1	CurveReferencedOverlayGroup	Curve Referenced Overlay Group	1
50xx3000	OB or OW	1	CurveData	Curve Data	1
60xx0010	US	1	OverlayRows	Overlay Rows	0
60xx0011	US	1	OverlayColumns	Overlay Columns	0
60xx0012	US	1	OverlayPlanes	Overlay Planes	1
60xx0015	IS	1	NumberOfFramesInOverlay	Number of Frames in Overlay	0
60xx0022	LO	1	OverlayDescription	Overlay Description	0
60xx0040	CS	1	OverlayType	Overlay Type	0
60xx0045	LO	1	OverlaySubtype	Overlay Subtype	0
60xx0050	SS	2	OverlayOrigin	Overlay Origin	0
60xx0051	US	1	ImageFrameOrigin	Image Frame Origin	0
60xx0052	US	1	OverlayPlaneOrigin	Overlay Plane Origin	1
60xx0060	CS	1	OverlayCompressionCode	Overlay Compression Code	1
60xx0061	SH	1	OverlayCompressionOriginator	Overlay Compression Originator	1
60xx0062	SH	1	OverlayCompressionLabel	Overlay Compression Label	1
60xx0063	CS	1	OverlayCompressionDescription	Overlay Compression Description	1
60xx0066	AT	1-n	OverlayCompressionStepPointers	Overlay Compression Step Pointers	1
60xx0068	US	1	OverlayRepeatInterval	Overlay Repeat Interval	1
60xx0069	US	1	OverlayBitsGrouped	Overlay Bits Grouped	1
60xx0100	US	1	OverlayBitsAllocated	Overlay Bits Allocated	0
60xx0102	US	1	OverlayBitPosition	Overlay Bit Position	0
60xx0110	CS	1	OverlayFormat	Overlay Format	1
60xx0200	US	1	OverlayLocation	Overlay Location	1
60xx0800	CS	1-n	OverlayCodeLabel	Overlay Code Label	1
60xx0802	US	1	OverlayNumberOfTables	Overlay Number of Tables	1
60xx0803	AT	1-n	OverlayCodeTableLocation	Overlay Code Table Location	1
60xx0804	US	1	OverlayBitsForCodeWord	Overlay Bits For Code Word	1
60xx1001	CS	1	OverlayActivationLayer	Overlay Activation Layer	0
60xx1100	US	1	OverlayDescriptorGray	Overlay Descriptor - Gray	1
60xx1101	US	1	OverlayDescriptorRed	Overlay Descriptor - Red	1
60xx1102	US	1	OverlayDescriptorGreen	Overlay Descriptor - Green	1
60xx1103	US	1	OverlayDescriptorBlue	Overlay Descriptor - Blue	1
60xx1200	US	1-n	OverlaysGray	Overlays - Gray	1
60xx1201	US	1-n	OverlaysRed	Overlays - Red	1
60xx1202	US	1-n	OverlaysGreen	Overlays - Green	1
60xx1203	US	1-n	OverlaysBlue	Overlays - Blue	1
60xx1301	IS	1	ROIArea	ROI Area	0
60xx1302	DS	1	ROIMean	ROI Mean	0
60xx1303	DS	1	ROIStandardDeviation	ROI Standard Deviation	0
60xx1500	LO	1	OverlayLabel	Overlay Label	0
60xx3000	OB or OW	1	OverlayData	Overlay Data	0
60xx4000	LT	1	OverlayComments	Overlay Comments	1
7Fxx0010	OB or OW	1	VariablePixelData	Variable Pixel Data	1
7Fxx0011	US	1	VariableNextDataGroup	Variable Next Data Group	1
7Fxx0020	OW	1	VariableCoefficientsSDVN	Variable Coefficients SDVN	1
7Fxx0030	OW	1	VariableCoefficientsSDHN	Variable Coefficients SDHN	1
7Fxx0040	OW	1	VariableCoefficientsSDDN	Variable Coefficients SDDN	1
"""#

/// The registry of 482 UIDs, one per line:
/// UID, name, type, keyword, retired (1/0), separated by tabs.
let dataDictionaryUIDTable = #"""
1.2.840.10008.1.1	Verification SOP Class	SOP Class	Verification	0
1.2.840.10008.1.2	Implicit VR Little Endian	Transfer Syntax	ImplicitVRLittleEndian	0
1.2.840.10008.1.2.1	Explicit VR Little Endian	Transfer Syntax	ExplicitVRLittleEndian	0
1.2.840.10008.1.2.1.98	Encapsulated Uncompressed Explicit VR Little Endian	Transfer Syntax	EncapsulatedUncompressedExplicitVRLittleEndian	0
1.2.840.10008.1.2.1.99	Deflated Explicit VR Little Endian	Transfer Syntax	DeflatedExplicitVRLittleEndian	0
1.2.840.10008.1.2.2	Explicit VR Big Endian	Transfer Syntax	ExplicitVRBigEndian	1
1.2.840.10008.1.2.4.100	MPEG2 Main Profile / Main Level	Transfer Syntax	MPEG2MPML	0
1.2.840.10008.1.2.4.100.1	Fragmentable MPEG2 Main Profile / Main Level	Transfer Syntax	MPEG2MPMLF	0
1.2.840.10008.1.2.4.101	MPEG2 Main Profile / High Level	Transfer Syntax	MPEG2MPHL	0
1.2.840.10008.1.2.4.101.1	Fragmentable MPEG2 Main Profile / High Level	Transfer Syntax	MPEG2MPHLF	0
1.2.840.10008.1.2.4.102	MPEG-4 AVC/H.264 High Profile / Level 4.1	Transfer Syntax	MPEG4HP41	0
1.2.840.10008.1.2.4.102.1	Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1	Transfer Syntax	MPEG4HP41F	0
1.2.840.10008.1.2.4.103	MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1	Transfer Syntax	MPEG4HP41BD	0
1.2.840.10008.1.2.4.103.1	Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1	Transfer Syntax	MPEG4HP41BDF	0
1.2.840.10008.1.2.4.104	MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video	Transfer Syntax	MPEG4HP422D	0
1.2.840.10008.1.2.4.104.1	Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video	Transfer Syntax	MPEG4HP422DF	0
1.2.840.10008.1.2.4.105	MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video	Transfer Syntax	MPEG4HP423D	0
1.2.840.10008.1.2.4.105.1	Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video	Transfer Syntax	MPEG4HP423DF	0
1.2.840.10008.1.2.4.106	MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2	Transfer Syntax	MPEG4HP42STEREO	0
1.2.840.10008.1.2.4.106.1	Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2	Transfer Syntax	MPEG4HP42STEREOF	0
1.2.840.10008.1.2.4.107	HEVC/H.265 Main Profile / Level 5.1	Transfer Syntax	HEVCMP51	0
1.2.840.10008.1.2.4.108	HEVC/H.265 Main 10 Profile / Level 5.1	Transfer Syntax	HEVCM10P51	0
1.2.840.10008.1.2.4.201	High-Throughput JPEG 2000 Image Compression (Lossless Only)	Transfer Syntax	HTJ2KLossless	0
1.2.840.10008.1.2.4.202	High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)	Transfer Syntax	HTJ2KLosslessRPCL	0
1.2.840.10008.1.2.4.203	High-Throughput JPEG 2000 Image Compression	Transfer Syntax	HTJ2K	0
1.2.840.10008.1.2.4.204	JPIP HTJ2K Referenced	Transfer Syntax	JPIPHTJ2KReferenced	0
1.2.840.10008.1.2.4.205	JPIP HTJ2K Referenced Deflate	Transfer Syntax	JPIPHTJ2KReferencedDeflate	0
1.2.840.10008.1.2.4.50	JPEG Baseline (Process 1)	Transfer Syntax	JPEGBaseline8Bit	0
1.2.840.10008.1.2.4.51	JPEG Extended (Process 2 and 4)	Transfer Syntax	JPEGExtended12Bit	0
1.2.840.10008.1.2.4.52	JPEG Extended (Process 3 and 5)	Transfer Syntax	JPEGExtended35	1
1.2.840.10008.1.2.4.53	JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8)	Transfer Syntax	JPEGSpectralSelectionNonHierarchical68	1
1.2.840.10008.1.2.4.54	JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9)	Transfer Syntax	JPEGSpectralSelectionNonHierarchical79	1
1.2.840.10008.1.2.4.55	JPEG Full Progression, Non-Hierarchical (Process 10 and 12)	Transfer Syntax	JPEGFullProgressionNonHierarchical1012	1
1.2.840.10008.1.2.4.56	JPEG Full Progression, Non-Hierarchical (Process 11 and 13)	Transfer Syntax	JPEGFullProgressionNonHierarchical1113	1
1.2.840.10008.1.2.4.57	JPEG Lossless, Non-Hierarchical (Process 14)	Transfer Syntax	JPEGLossless	0
1.2.840.10008.1.2.4.58	JPEG Lossless, Non-Hierarchical (Process 15)	Transfer Syntax	JPEGLosslessNonHierarchical15	1
1.2.840.10008.1.2.4.59	JPEG Extended, Hierarchical (Process 16 and 18)	Transfer Syntax	JPEGExtendedHierarchical1618	1
1.2.840.10008.1.2.4.60	JPEG Extended, Hierarchical (Process 17 and 19)	Transfer Syntax	JPEGExtendedHierarchical1719	1
1.2.840.10008.1.2.4.61	JPEG Spectral Selection, Hierarchical (Process 20 and 22)	Transfer Syntax	JPEGSpectralSelectionHierarchical2022	1
1.2.840.10008.1.2.4.62	JPEG Spectral Selection, Hierarchical (Process 21 and 23)	Transfer Syntax	JPEGSpectralSelectionHierarchical2123	1
1.2.840.10008.1.2.4.63	JPEG Full Progression, Hierarchical (Process 24 and 26)	Transfer Syntax	JPEGFullProgressionHierarchical2426	1
1.2.840.10008.1.2.4.64	JPEG Full Progression, Hierarchical (Process 25 and 27)	Transfer Syntax	JPEGFullProgressionHierarchical2527	1
1.2.840.10008.1.2.4.65	JPEG Lossless, Hierarchical (Process 28)	Transfer Syntax	JPEGLosslessHierarchical28	1
1.2.840.10008.1.2.4.66	JPEG Lossless, Hierarchical (Process 29)	Transfer Syntax	JPEGLosslessHierarchical29	1
1.2.840.10008.1.2.4.70	JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])	Transfer Syntax	JPEGLosslessSV1	0
1.2.840.10008.1.2.4.80	JPEG-LS Lossless Image Compression	Transfer Syntax	JPEGLSLossless	0
1.2.840.10008.1.2.4.81	JPEG-LS Lossy (Near-Lossless) Image Compression	Transfer Syntax	JPEGLSNearLossless	0
1.2.840.10008.1.2.4.90	JPEG 2000 Image Compression (Lossless Only)	Transfer Syntax	JPEG2000Lossless	0
1.2.840.10008.1.2.4.91	JPEG 2000 Image Compression	Transfer Syntax	JPEG2000	0
1.2.840.10008.1.2.4.92	JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)	Transfer Syntax	JPEG2000MCLossless	0
1.2.840.10008.1.2.4.93	JPEG 2000 Part 2 Multi-component Image Compression	Transfer Syntax	JPEG2000MC	0
1.2.840.10008.1.2.4.94	JPIP Referenced	Transfer Syntax	JPIPReferenced	0
1.2.840.10008.1.2.4.95	JPIP Referenced Deflate	Transfer Syntax	JPIPReferencedDeflate	0
1.2.840.10008.1.2.5	RLE Lossless	Transfer Syntax	RLELossless	0
1.2.840.10008.1.2.6.1	RFC 2557 MIME encapsulation	Transfer Syntax	RFC2557MIMEEncapsulation	1
1.2.840.10008.1.2.6.2	XML Encoding	Transfer Syntax	XMLEncoding	1
1.2.840.10008.1.2.7.1	SMPTE ST 2110-20 Uncompressed Progressive Active Video	Transfer Syntax	SMPTEST211020UncompressedProgressiveActiveVideo	0
1.2.840.10008.1.2.7.2	SMPTE ST 2110-20 Uncompressed Interlaced Active Video	Transfer Syntax	SMPTEST211020UncompressedInterlacedActiveVideo	0
1.2.840.10008.1.2.7.3	SMPTE ST 2110-30 PCM Digital Audio	Transfer Syntax	SMPTEST211030PCMDigitalAudio	0
1.2.840.10008.1.20	Papyrus 3 Implicit VR Little Endian	Transfer Syntax	Papyrus3ImplicitVRLittleEndian	1
1.2.840.10008.1.20.1	Storage Commitment Push Model SOP Class	SOP Class	StorageCommitmentPushModel	0
1.2.840.10008.1.20.1.1	Storage Commitment Push Model SOP Instance	Well-known SOP Instance	StorageCommitmentPushModelInstance	0
1.2.840.10008.1.20.2	Storage Commitment Pull Model SOP Class	SOP Class	StorageCommitmentPullModel	1
1.2.840.10008.1.20.2.1	Storage Commitment Pull Model SOP Instance	Well-known SOP Instance	StorageCommitmentPullModelInstance	1
1.2.840.10008.1.3.10	Media Storage Directory Storage	SOP Class	MediaStorageDirectoryStorage	0
1.2.840.10008.1.4.1.1	Talairach Brain Atlas Frame of Reference	Well-known frame of reference	TalairachBrainAtlas	0
1.2.840.10008.1.4.1.10	SPM2 GRAY Frame of Reference	Well-known frame of reference	SPM2GRAY	0
1.2.840.10008.1.4.1.11	SPM2 WHITE Frame of Reference	Well-known frame of reference	SPM2WHITE	0
1.2.840.10008.1.4.1.12	SPM2 CSF Frame of Reference	Well-known frame of reference	SPM2CSF	0
1.2.840.10008.1.4.1.13	SPM2 BRAINMASK Frame of Reference	Well-known frame of reference	SPM2BRAINMASK	0
1.2.840.10008.1.4.1.14	SPM2 AVG305T1 Frame of Reference	Well-known frame of reference	SPM2AVG305T1	0
1.2.840.10008.1.4.1.15	SPM2 AVG152T1 Frame of Reference	Well-known frame of reference	SPM2AVG152T1	0
1.2.840.10008.1.4.1.16	SPM2 AVG152T2 Frame of Reference	Well-known frame of reference	SPM2AVG152T2	0
1.2.840.10008.1.4.1.17	SPM2 AVG152PD Frame of Reference	Well-known frame of reference	SPM2AVG152PD	0
1.2.840.10008.1.4.1.18	SPM2 SINGLESUBJT1 Frame of Reference	Well-known frame of reference	SPM2SINGLESUBJT1	0
1.2.840.10008.1.4.1.2	SPM2 T1 Frame of Reference	Well-known frame of reference	SPM2T1	0
1.2.840.10008.1.4.1.3	SPM2 T2 Frame of Reference	Well-known frame of reference	SPM2T2	0
1.2.840.10008.1.4.1.4	SPM2 PD Frame of Reference	Well-known frame of reference	SPM2PD	0
1.2.840.10008.1.4.1.5	SPM2 EPI Frame of Reference	Well-known frame of reference	SPM2EPI	0
1.2.840.10008.1.4.1.6	SPM2 FIL T1 Frame of Reference	Well-known frame of reference	SPM2FILT1	0
1.2.840.10008.1.4.1.7	SPM2 PET Frame of Reference	Well-known frame of reference	SPM2PET	0
1.2.840.10008.1.4.1.8	SPM2 TRANSM Frame of Reference	Well-known frame of reference	SPM2TRANSM	0
1.2.840.10008.1.4.1.9	SPM2 SPECT Frame of Reference	Well-known frame of reference	SPM2SPECT	0
1.2.840.10008.1.4.2.1	ICBM 452 T1 Frame of Reference	Well-known frame of reference	ICBM452T1	0
1.2.840.10008.1.4.2.2	ICBM Single Subject MRI Frame of Reference	Well-known frame of reference	ICBMSingleSubjectMRI	0
1.2.840.10008.1.4.3.1	IEC 61217 Fixed Coordinate System Frame of Reference	Well-known frame of reference	IEC61217FixedCoordinateSystem	0
1.2.840.10008.1.4.3.2	Standard Robotic-Arm Coordinate System Frame of Reference	Well-known frame of reference	StandardRoboticArmCoordinateSystem	0
1.2.840.10008.1.4.3.3	IEC 61217 Table Top Coordinate System Frame of Reference	Well-known frame of reference	IEC61217TableTopCoordinateSystem	0
1.2.840.10008.1.4.4.1	SRI24 Frame of Reference	Well-known frame of reference	SRI24	0
1.2.840.10008.1.4.5.1	Colin27 Frame of Reference	Well-known frame of reference	Colin27	0
1.2.840.10008.1.4.6.1	LPBA40/AIR Frame of Reference	Well-known frame of reference	LPBA40AIR	0
1.2.840.10008.1.4.6.2	LPBA40/FLIRT Frame of Reference	Well-known frame of reference	LPBA40FLIRT	0
1.2.840.10008.1.4.6.3	LPBA40/SPM5 Frame of Reference	Well-known frame of reference	LPBA40SPM5	0
1.2.840.10008.1.40	Procedural Event Logging SOP Class	SOP Class	ProceduralEventLogging	0
1.2.840.10008.1.40.1	Procedural Event Logging SOP Instance	Well-known SOP Instance	ProceduralEventLoggingInstance	0
1.2.840.10008.1.42	Substance Administration Logging SOP Class	SOP Class	SubstanceAdministrationLogging	0
1.2.840.10008.1.42.1	Substance Administration Logging SOP Instance	Well-known SOP Instance	SubstanceAdministrationLoggingInstance	0
1.2.840.10008.1.5.1	Hot Iron Color Palette SOP Instance	Well-known SOP Instance	HotIronPalette	0
1.2.840.10008.1.5.2	PET Color Palette SOP Instance	Well-known SOP Instance	PETPalette	0
1.2.840.10008.1.5.3	Hot Metal Blue Color Palette SOP Instance	Well-known SOP Instance	HotMetalBluePalette	0
1.2.840.10008.1.5.4	PET 20 Step Color Palette SOP Instance	Well-known SOP Instance	PET20StepPalette	0
1.2.840.10008.1.5.5	Spring Color Palette SOP Instance	Well-known SOP Instance	SpringPalette	0
1.2.840.10008.1.5.6	Summer Color Palette SOP Instance	Well-known SOP Instance	SummerPalette	0
1.2.840.10008.1.5.7	Fall Color Palette SOP Instance	Well-known SOP Instance	FallPalette	0
1.2.840.10008.1.5.8	Winter Color Palette SOP Instance	Well-known SOP Instance	WinterPalette	0
1.2.840.10008.1.9	Basic Study Content Notification SOP Class	SOP Class	BasicStudyContentNotification	1
1.2.840.10008.10.1	Video Endoscopic Image Real-Time Communication	SOP Class	VideoEndoscopicImageRealTimeCommunication	0
1.2.840.10008.10.2	Video Photographic Image Real-Time Communication	SOP Class	VideoPhotographicImageRealTimeCommunication	0
1.2.840.10008.10.3	Audio Waveform Real-Time Communication	SOP Class	AudioWaveformRealTimeCommunication	0
1.2.840.10008.10.4	Rendition Selection Document Real-Time Communication	SOP Class	RenditionSelectionDocumentRealTimeCommunication	0
1.2.840.10008.15.0.3.1	dicomDeviceName	LDAP OID	dicomDeviceName	0
1.2.840.10008.15.0.3.10	dicomAssociationInitiator	LDAP OID	dicomAssociationInitiator	0
1.2.840.10008.15.0.3.11	dicomAssociationAcceptor	LDAP OID	dicomAssociationAcceptor	0
1.2.840.10008.15.0.3.12	dicomHostname	LDAP OID	dicomHostname	0
1.2.840.10008.15.0.3.13	dicomPort	LDAP OID	dicomPort	0
1.2.840.10008.15.0.3.14	dicomSOPClass	LDAP OID	dicomSOPClass	0
1.2.840.10008.15.0.3.15	dicomTransferRole	LDAP OID	dicomTransferRole	0
1.2.840.10008.15.0.3.16	dicomTransferSyntax	LDAP OID	dicomTransferSyntax	0
1.2.840.10008.15.0.3.17	dicomPrimaryDeviceType	LDAP OID	dicomPrimaryDeviceType	0
1.2.840.10008.15.0.3.18	dicomRelatedDeviceReference	LDAP OID	dicomRelatedDeviceReference	0
1.2.840.10008.15.0.3.19	dicomPreferredCalledAETitle	LDAP OID	dicomPreferredCalledAETitle	0
1.2.840.10008.15.0.3.2	dicomDescription	LDAP OID	dicomDescription	0
1.2.840.10008.15.0.3.20	dicomTLSCyphersuite	LDAP OID	dicomTLSCyphersuite	0
1.2.840.10008.15.0.3.21	dicomAuthorizedNodeCertificateReference	LDAP OID	dicomAuthorizedNodeCertificateReference	0
1.2.840.10008.15.0.3.22	dicomThisNodeCertificateReference	LDAP OID	dicomThisNodeCertificateReference	0
1.2.840.10008.15.0.3.23	dicomInstalled	LDAP OID	dicomInstalled	0
1.2.840.10008.15.0.3.24	dicomStationName	LDAP OID	dicomStationName	0
1.2.840.10008.15.0.3.25	dicomDeviceSerialNumber	LDAP OID	dicomDeviceSerialNumber	0
1.2.840.10008.15.0.3.26	dicomInstitutionName	LDAP OID	dicomInstitutionName	0
1.2.840.10008.15.0.3.27	dicomInstitutionAddress	LDAP OID	dicomInstitutionAddress	0
1.2.840.10008.15.0.3.28	dicomInstitutionDepartmentName	LDAP OID	dicomInstitutionDepartmentName	0
1.2.840.10008.15.0.3.29	dicomIssuerOfPatientID	LDAP OID	dicomIssuerOfPatientID	0
1.2.840.10008.15.0.3.3	dicomManufacturer	LDAP OID	dicomManufacturer	0
1.2.840.10008.15.0.3.30	dicomPreferredCallingAETitle	LDAP OID	dicomPreferredCallingAETitle	0
1.2.840.10008.15.0.3.31	dicomSupportedCharacterSet	LDAP OID	dicomSupportedCharacterSet	0
1.2.840.10008.15.0.3.4	dicomManufacturerModelName	LDAP OID	dicomManufacturerModelName	0
1.2.840.10008.15.0.3.5	dicomSoftwareVersion	LDAP OID	dicomSoftwareVersion	0
1.2.840.10008.15.0.3.6	dicomVendorData	LDAP OID	dicomVendorData	0
1.2.840.10008.15.0.3.7	dicomAETitle	LDAP OID	dicomAETitle	0
1.2.840.10008.15.0.3.8	dicomNetworkConnectionReference	LDAP OID	dicomNetworkConnectionReference	0
1.2.840.10008.15.0.3.9	dicomApplicationCluster	LDAP OID	dicomApplicationCluster	0
1.2.840.10008.15.0.4.1	dicomConfigurationRoot	LDAP OID	dicomConfigurationRoot	0
1.2.840.10008.15.0.4.2	dicomDevicesRoot	LDAP OID	dicomDevicesRoot	0
1.2.840.10008.15.0.4.3	dicomUniqueAETitlesRegistryRoot	LDAP OID	dicomUniqueAETitlesRegistryRoot	0
1.2.840.10008.15.0.4.4	dicomDevice	LDAP OID	dicomDevice	0
1.2.840.10008.15.0.4.5	dicomNetworkAE	LDAP OID	dicomNetworkAE	0
1.2.840.10008.15.0.4.6	dicomNetworkConnection	LDAP OID	dicomNetworkConnection	0
1.2.840.10008.15.0.4.7	dicomUniqueAETitle	LDAP OID	dicomUniqueAETitle	0
1.2.840.10008.15.0.4.8	dicomTransferCapability	LDAP OID	dicomTransferCapability	0
1.2.840.10008.15.1.1	Universal Coordinated Time	Synchronization Frame of Reference	UTC	0
1.2.840.10008.2.16.10	Dublin Core	Coding Scheme	DC	0
1.2.840.10008.2.16.11	New York University Melanoma Clinical Cooperative Group	Coding Scheme	NYUMCCG	0
1.2.840.10008.2.16.12	Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide	Coding Scheme	MAYONRISBSASRG	0
1.2.840.10008.2.16.13	Image Biomarker Standardisation Initiative	Coding Scheme	IBSI	0
1.2.840.10008.2.16.14	Radiomics Ontology	Coding Scheme	RO	0
1.2.840.10008.2.16.15	RadElement	Coding Scheme	RADELEMENT	0
1.2.840.10008.2.16.16	ICD-11	Coding Scheme	I11	0
1.2.840.10008.2.16.17	Unified numbering system (UNS) for metals and alloys	Coding Scheme	UNS	0
1.2.840.10008.2.16.18	Research Resource Identification	Coding Scheme	RRID	0
1.2.840.10008.2.16.4	DICOM Controlled Terminology	Coding Scheme	DCM	0
1.2.840.10008.2.16.5	Adult Mouse Anatomy Ontology	Coding Scheme	MA	0
1.2.840.10008.2.16.6	Uberon Ontology	Coding Scheme	UBERON	0
1.2.840.10008.2.16.7	Integrated Taxonomic Information System (ITIS) Taxonomic Serial Number (TSN)	Coding Scheme	ITIS_TSN	0
1.2.840.10008.2.16.8	Mouse Genome Initiative (MGI)	Coding Scheme	MGI	0
1.2.840.10008.2.16.9	PubChem Compound CID	Coding Scheme	PUBCHEM_CID	0
1.2.840.10008.2.6.1	DICOM UID Registry	DICOM UIDs as a Coding Scheme	DCMUID	0
1.2.840.10008.3.1.1.1	DICOM Application Context Name	Application Context Name	DICOMApplicationContext	0
1.2.840.10008.3.1.2.1.1	Detached Patient Management SOP Class	SOP Class	DetachedPatientManagement	1
1.2.840.10008.3.1.2.1.4	Detached Patient Management Meta SOP Class	Meta SOP Class	DetachedPatientManagementMeta	1
1.2.840.10008.3.1.2.2.1	Detached Visit Management SOP Class	SOP Class	DetachedVisitManagement	1
1.2.840.10008.3.1.2.3.1	Detached Study Management SOP Class	SOP Class	DetachedStudyManagement	1
1.2.840.10008.3.1.2.3.2	Study Component Management SOP Class	SOP Class	StudyComponentManagement	1
1.2.840.10008.3.1.2.3.3	Modality Performed Procedure Step SOP Class	SOP Class	ModalityPerformedProcedureStep	0
1.2.840.10008.3.1.2.3.4	Modality Performed Procedure Step Retrieve SOP Class	SOP Class	ModalityPerformedProcedureStepRetrieve	0
1.2.840.10008.3.1.2.3.5	Modality Performed Procedure Step Notification SOP Class	SOP Class	ModalityPerformedProcedureStepNotification	0
1.2.840.10008.3.1.2.5.1	Detached Results Management SOP Class	SOP Class	DetachedResultsManagement	1
1.2.840.10008.3.1.2.5.4	Detached Results Management Meta SOP Class	Meta SOP Class	DetachedResultsManagementMeta	1
1.2.840.10008.3.1.2.5.5	Detached Study Management Meta SOP Class	Meta SOP Class	DetachedStudyManagementMeta	1
1.2.840.10008.3.1.2.6.1	Detached Interpretation Management SOP Class	SOP Class	DetachedInterpretationManagement	1
1.2.840.10008.4.2	Storage Service Class	Service Class	Storage	0
1.2.840.10008.5.1.1.1	Basic Film Session SOP Class	SOP Class	BasicFilmSession	0
1.2.840.10008.5.1.1.14	Print Job SOP Class	SOP Class	PrintJob	0
1.2.840.10008.5.1.1.15	Basic Annotation Box SOP Class	SOP Class	BasicAnnotationBox	0
1.2.840.10008.5.1.1.16	Printer SOP Class	SOP Class	Printer	0
1.2.840.10008.5.1.1.16.376	Printer Configuration Retrieval SOP Class	SOP Class	PrinterConfigurationRetrieval	0
1.2.840.10008.5.1.1.17	Printer SOP Instance	Well-known SOP Instance	PrinterInstance	0
1.2.840.10008.5.1.1.17.376	Printer Configuration Retrieval SOP Instance	Well-known SOP Instance	PrinterConfigurationRetrievalInstance	0
1.2.840.10008.5.1.1.18	Basic Color Print Management Meta SOP Class	Meta SOP Class	BasicColorPrintManagementMeta	0
1.2.840.10008.5.1.1.18.1	Referenced Color Print Management Meta SOP Class	Meta SOP Class	ReferencedColorPrintManagementMeta	1
1.2.840.10008.5.1.1.2	Basic Film Box SOP Class	SOP Class	BasicFilmBox	0
1.2.840.10008.5.1.1.22	VOI LUT Box SOP Class	SOP Class	VOILUTBox	0
1.2.840.10008.5.1.1.23	Presentation LUT SOP Class	SOP Class	PresentationLUT	0
1.2.840.10008.5.1.1.24	Image Overlay Box SOP Class	SOP Class	ImageOverlayBox	1
1.2.840.10008.5.1.1.24.1	Basic Print Image Overlay Box SOP Class	SOP Class	BasicPrintImageOverlayBox	1
1.2.840.10008.5.1.1.25	Print Queue SOP Instance	Well-known SOP Instance	PrintQueueInstance	1
1.2.840.10008.5.1.1.26	Print Queue Management SOP Class	SOP Class	PrintQueueManagement	1
1.2.840.10008.5.1.1.27	Stored Print Storage SOP Class	SOP Class	StoredPrintStorage	1
1.2.840.10008.5.1.1.29	Hardcopy Grayscale Image Storage SOP Class	SOP Class	HardcopyGrayscaleImageStorage	1
1.2.840.10008.5.1.1.30	Hardcopy Color Image Storage SOP Class	SOP Class	HardcopyColorImageStorage	1
1.2.840.10008.5.1.1.31	Pull Print Request SOP Class	SOP Class	PullPrintRequest	1
1.2.840.10008.5.1.1.32	Pull Stored Print Management Meta SOP Class	Meta SOP Class	PullStoredPrintManagementMeta	1
1.2.840.10008.5.1.1.33	Media Creation Management SOP Class UID	SOP Class	MediaCreationManagement	0
1.2.840.10008.5.1.1.4	Basic Grayscale Image Box SOP Class	SOP Class	BasicGrayscaleImageBox	0
1.2.840.10008.5.1.1.4.1	Basic Color Image Box SOP Class	SOP Class	BasicColorImageBox	0
1.2.840.10008.5.1.1.4.2	Referenced Image Box SOP Class	SOP Class	ReferencedImageBox	1
1.2.840.10008.5.1.1.40	Display System SOP Class	SOP Class	DisplaySystem	0
1.2.840.10008.5.1.1.40.1	Display System SOP Instance	Well-known SOP Instance	DisplaySystemInstance	0
1.2.840.10008.5.1.1.9	Basic Grayscale Print Management Meta SOP Class	Meta SOP Class	BasicGrayscalePrintManagementMeta	0
1.2.840.10008.5.1.1.9.1	Referenced Grayscale Print Management Meta SOP Class	Meta SOP Class	ReferencedGrayscalePrintManagementMeta	1
1.2.840.10008.5.1.4.1.1.1	Computed Radiography Image Storage	SOP Class	ComputedRadiographyImageStorage	0
1.2.840.10008.5.1.4.1.1.1.1	Digital X-Ray Image Storage - For Presentation	SOP Class	DigitalXRayImageStorageForPresentation	0
1.2.840.10008.5.1.4.1.1.1.1.1	Digital X-Ray Image Storage - For Processing	SOP Class	DigitalXRayImageStorageForProcessing	0
1.2.840.10008.5.1.4.1.1.1.2	Digital Mammography X-Ray Image Storage - For Presentation	SOP Class	DigitalMammographyXRayImageStorageForPresentation	0
1.2.840.10008.5.1.4.1.1.1.2.1	Digital Mammography X-Ray Image Storage - For Processing	SOP Class	DigitalMammographyXRayImageStorageForProcessing	0
1.2.840.10008.5.1.4.1.1.1.3	Digital Intra-Oral X-Ray Image Storage - For Presentation	SOP Class	DigitalIntraOralXRayImageStorageForPresentation	0
1.2.840.10008.5.1.4.1.1.1.3.1	Digital Intra-Oral X-Ray Image Storage - For Processing	SOP Class	DigitalIntraOralXRayImageStorageForProcessing	0
1.2.840.10008.5.1.4.1.1.10	Standalone Modality LUT Storage	SOP Class	StandaloneModalityLUTStorage	1
1.2.840.10008.5.1.4.1.1.104.1	Encapsulated PDF Storage	SOP Class	EncapsulatedPDFStorage	0
1.2.840.10008.5.1.4.1.1.104.2	Encapsulated CDA Storage	SOP Class	EncapsulatedCDAStorage	0
1.2.840.10008.5.1.4.1.1.104.3	Encapsulated STL Storage	SOP Class	EncapsulatedSTLStorage	0
1.2.840.10008.5.1.4.1.1.104.4	Encapsulated OBJ Storage	SOP Class	EncapsulatedOBJStorage	0
1.2.840.10008.5.1.4.1.1.104.5	Encapsulated MTL Storage	SOP Class	EncapsulatedMTLStorage	0
1.2.840.10008.5.1.4.1.1.11	Standalone VOI LUT Storage	SOP Class	StandaloneVOILUTStorage	1
1.2.840.10008.5.1.4.1.1.11.1	Grayscale Softcopy Presentation State Storage	SOP Class	GrayscaleSoftcopyPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.10	Segmented Volume Rendering Volumetric Presentation State Storage	SOP Class	SegmentedVolumeRenderingVolumetricPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.11	Multiple Volume Rendering Volumetric Presentation State Storage	SOP Class	MultipleVolumeRenderingVolumetricPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.12	Variable Modality LUT Softcopy Presentation State Storage	SOP Class	VariableModalityLUTSoftcopyPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.2	Color Softcopy Presentation State Storage	SOP Class	ColorSoftcopyPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.3	Pseudo-Color Softcopy Presentation State Storage	SOP Class	PseudoColorSoftcopyPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.4	Blending Softcopy Presentation State Storage	SOP Class	BlendingSoftcopyPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.5	XA/XRF Grayscale Softcopy Presentation State Storage	SOP Class	XAXRFGrayscaleSoftcopyPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.6	Grayscale Planar MPR Volumetric Presentation State Storage	SOP Class	GrayscalePlanarMPRVolumetricPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.7	Compositing Planar MPR Volumetric Presentation State Storage	SOP Class	CompositingPlanarMPRVolumetricPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.8	Advanced Blending Presentation State Storage	SOP Class	AdvancedBlendingPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.11.9	Volume Rendering Volumetric Presentation State Storage	SOP Class	VolumeRenderingVolumetricPresentationStateStorage	0
1.2.840.10008.5.1.4.1.1.12.1	X-Ray Angiographic Image Storage	SOP Class	XRayAngiographicImageStorage	0
1.2.840.10008.5.1.4.1.1.12.1.1	Enhanced XA Image Storage	SOP Class	EnhancedXAImageStorage	0
1.2.840.10008.5.1.4.1.1.12.2	X-Ray Radiofluoroscopic Image Storage	SOP Class	XRayRadiofluoroscopicImageStorage	0
1.2.840.10008.5.1.4.1.1.12.2.1	Enhanced XRF Image Storage	SOP Class	EnhancedXRFImageStorage	0
1.2.840.10008.5.1.4.1.1.12.3	X-Ray Angiographic Bi-Plane Image Storage	SOP Class	XRayAngiographicBiPlaneImageStorage	1
1.2.840.10008.5.1.4.1.1.12.77		SOP Class		1
1.2.840.10008.5.1.4.1.1.128	Positron Emission Tomography Image Storage	SOP Class	PositronEmissionTomographyImageStorage	0
1.2.840.10008.5.1.4.1.1.128.1	Legacy Converted Enhanced PET Image Storage	SOP Class	LegacyConvertedEnhancedPETImageStorage	0
1.2.840.10008.5.1.4.1.1.129	Standalone PET Curve Storage	SOP Class	StandalonePETCurveStorage	1
1.2.840.10008.5.1.4.1.1.13.1.1	X-Ray 3D Angiographic Image Storage	SOP Class	XRay3DAngiographicImageStorage	0
1.2.840.10008.5.1.4.1.1.13.1.2	X-Ray 3D Craniofacial Image Storage	SOP Class	XRay3DCraniofacialImageStorage	0
1.2.840.10008.5.1.4.1.1.13.1.3	Breast Tomosynthesis Image Storage	SOP Class	BreastTomosynthesisImageStorage	0
1.2.840.10008.5.1.4.1.1.13.1.4	Breast Projection X-Ray Image Storage - For Presentation	SOP Class	BreastProjectionXRayImageStorageForPresentation	0
1.2.840.10008.5.1.4.1.1.13.1.5	Breast Projection X-Ray Image Storage - For Processing	SOP Class	BreastProjectionXRayImageStorageForProcessing	0
1.2.840.10008.5.1.4.1.1.130	Enhanced PET Image Storage	SOP Class	EnhancedPETImageStorage	0
1.2.840.10008.5.1.4.1.1.131	Basic Structured Display Storage	SOP Class	BasicStructuredDisplayStorage	0
1.2.840.10008.5.1.4.1.1.14.1	Intravascular Optical Coherence Tomography Image Storage - For Presentation	SOP Class	IntravascularOpticalCoherenceTomographyImageStorageForPresentation	0
1.2.840.10008.5.1.4.1.1.14.2	Intravascular Optical Coherence Tomography Image Storage - For Processing	SOP Class	IntravascularOpticalCoherenceTomographyImageStorageForProcessing	0
1.2.840.10008.5.1.4.1.1.2	CT Image Storage	SOP Class	CTImageStorage	0
1.2.840.10008.5.1.4.1.1.2.1	Enhanced CT Image Storage	SOP Class	EnhancedCTImageStorage	0
1.2.840.10008.5.1.4.1.1.2.2	Legacy Converted Enhanced CT Image Storage	SOP Class	LegacyConvertedEnhancedCTImageStorage	0
1.2.840.10008.5.1.4.1.1.20	Nuclear Medicine Image Storage	SOP Class	NuclearMedicineImageStorage	0
1.2.840.10008.5.1.4.1.1.200.1	CT Defined Procedure Protocol Storage	SOP Class	CTDefinedProcedureProtocolStorage	0
1.2.840.10008.5.1.4.1.1.200.2	CT Performed Procedure Protocol Storage	SOP Class	CTPerformedProcedureProtocolStorage	0
1.2.840.10008.5.1.4.1.1.200.3	Protocol Approval Storage	SOP Class	ProtocolApprovalStorage	0
1.2.840.10008.5.1.4.1.1.200.4	Protocol Approval Information Model - FIND	SOP Class	ProtocolApprovalInformationModelFind	0
1.2.840.10008.5.1.4.1.1.200.5	Protocol Approval Information Model - MOVE	SOP Class	ProtocolApprovalInformationModelMove	0
1.2.840.10008.5.1.4.1.1.200.6	Protocol Approval Information Model - GET	SOP Class	ProtocolApprovalInformationModelGet	0
1.2.840.10008.5.1.4.1.1.200.7	XA Defined Procedure Protocol Storage	SOP Class	XADefinedProcedureProtocolStorage	0
1.2.840.10008.5.1.4.1.1.200.8	XA Performed Procedure Protocol Storage	SOP Class	XAPerformedProcedureProtocolStorage	0
1.2.840.10008.5.1.4.1.1.201.1	Inventory Storage	SOP Class	InventoryStorage	0
1.2.840.10008.5.1.4.1.1.201.1.1	Storage Management SOP Instance	Well-known SOP Instance	StorageManagementInstance	0
1.2.840.10008.5.1.4.1.1.201.2	Inventory - FIND	SOP Class	InventoryFind	0
1.2.840.10008.5.1.4.1.1.201.3	Inventory - MOVE	SOP Class	InventoryMove	0
1.2.840.10008.5.1.4.1.1.201.4	Inventory - GET	SOP Class	InventoryGet	0
1.2.840.10008.5.1.4.1.1.201.5	Inventory Creation	SOP Class	InventoryCreation	0
1.2.840.10008.5.1.4.1.1.201.6	Repository Query	SOP Class	RepositoryQuery	0
1.2.840.10008.5.1.4.1.1.3	Ultrasound Multi-frame Image Storage	SOP Class	UltrasoundMultiFrameImageStorageRetired	1
1.2.840.10008.5.1.4.1.1.3.1	Ultrasound Multi-frame Image Storage	SOP Class	UltrasoundMultiFrameImageStorage	0
1.2.840.10008.5.1.4.1.1.30	Parametric Map Storage	SOP Class	ParametricMapStorage	0
1.2.840.10008.5.1.4.1.1.4	MR Image Storage	SOP Class	MRImageStorage	0
1.2.840.10008.5.1.4.1.1.4.1	Enhanced MR Image Storage	SOP Class	EnhancedMRImageStorage	0
1.2.840.10008.5.1.4.1.1.4.2	MR Spectroscopy Storage	SOP Class	MRSpectroscopyStorage	0
1.2.840.10008.5.1.4.1.1.4.3	Enhanced MR Color Image Storage	SOP Class	EnhancedMRColorImageStorage	0
1.2.840.10008.5.1.4.1.1.4.4	Legacy Converted Enhanced MR Image Storage	SOP Class	LegacyConvertedEnhancedMRImageStorage	0
1.2.840.10008.5.1.4.1.1.40		SOP Class		1
1.2.840.10008.5.1.4.1.1.481.1	RT Image Storage	SOP Class	RTImageStorage	0
1.2.840.10008.5.1.4.1.1.481.10	RT Physician Intent Storage	SOP Class	RTPhysicianIntentStorage	0
1.2.840.10008.5.1.4.1.1.481.11	RT Segment Annotation Storage	SOP Class	RTSegmentAnnotationStorage	0
1.2.840.10008.5.1.4.1.1.481.12	RT Radiation Set Storage	SOP Class	RTRadiationSetStorage	0
1.2.840.10008.5.1.4.1.1.481.13	C-Arm Photon-Electron Radiation Storage	SOP Class	CArmPhotonElectronRadiationStorage	0
1.2.840.10008.5.1.4.1.1.481.14	Tomotherapeutic Radiation Storage	SOP Class	TomotherapeuticRadiationStorage	0
1.2.840.10008.5.1.4.1.1.481.15	Robotic-Arm Radiation Storage	SOP Class	RoboticArmRadiationStorage	0
1.2.840.10008.5.1.4.1.1.481.16	RT Radiation Record Set Storage	SOP Class	RTRadiationRecordSetStorage	0
1.2.840.10008.5.1.4.1.1.481.17	RT Radiation Salvage Record Storage	SOP Class	RTRadiationSalvageRecordStorage	0
1.2.840.10008.5.1.4.1.1.481.18	Tomotherapeutic Radiation Record Storage	SOP Class	TomotherapeuticRadiationRecordStorage	0
1.2.840.10008.5.1.4.1.1.481.19	C-Arm Photon-Electron Radiation Record Storage	SOP Class	CArmPhotonElectronRadiationRecordStorage	0
1.2.840.10008.5.1.4.1.1.481.2	RT Dose Storage	SOP Class	RTDoseStorage	0
1.2.840.10008.5.1.4.1.1.481.20	Robotic Radiation Record Storage	SOP Class	RoboticRadiationRecordStorage	0
1.2.840.10008.5.1.4.1.1.481.21	RT Radiation Set Delivery Instruction Storage	SOP Class	RTRadiationSetDeliveryInstructionStorage	0
1.2.840.10008.5.1.4.1.1.481.22	RT Treatment Preparation Storage	SOP Class	RTTreatmentPreparationStorage	0
1.2.840.10008.5.1.4.1.1.481.23	Enhanced RT Image Storage	SOP Class	EnhancedRTImageStorage	0
1.2.840.10008.5.1.4.1.1.481.24	Enhanced Continuous RT Image Storage	SOP Class	EnhancedContinuousRTImageStorage	0
1.2.840.10008.5.1.4.1.1.481.25	RT Patient Position Acquisition Instruction Storage	SOP Class	RTPatientPositionAcquisitionInstructionStorage	0
1.2.840.10008.5.1.4.1.1.481.3	RT Structure Set Storage	SOP Class	RTStructureSetStorage	0
1.2.840.10008.5.1.4.1.1.481.4	RT Beams Treatment Record Storage	SOP Class	RTBeamsTreatmentRecordStorage	0
1.2.840.10008.5.1.4.1.1.481.5	RT Plan Storage	SOP Class	RTPlanStorage	0
1.2.840.10008.5.1.4.1.1.481.6	RT Brachy Treatment Record Storage	SOP Class	RTBrachyTreatmentRecordStorage	0
1.2.840.10008.5.1.4.1.1.481.7	RT Treatment Summary Record Storage	SOP Class	RTTreatmentSummaryRecordStorage	0
1.2.840.10008.5.1.4.1.1.481.8	RT Ion Plan Storage	SOP Class	RTIonPlanStorage	0
1.2.840.10008.5.1.4.1.1.481.9	RT Ion Beams Treatment Record Storage	SOP Class	RTIonBeamsTreatmentRecordStorage	0
1.2.840.10008.5.1.4.1.1.5	Nuclear Medicine Image Storage	SOP Class	NuclearMedicineImageStorageRetired	1
1.2.840.10008.5.1.4.1.1.501.1	DICOS CT Image Storage	SOP Class	DICOSCTImageStorage	0
1.2.840.10008.5.1.4.1.1.501.2.1	DICOS Digital X-Ray Image Storage - For Presentation	SOP Class	DICOSDigitalXRayImageStorageForPresentation	0
1.2.840.10008.5.1.4.1.1.501.2.2	DICOS Digital X-Ray Image Storage - For Processing	SOP Class	DICOSDigitalXRayImageStorageForProcessing	0
1.2.840.10008.5.1.4.1.1.501.3	DICOS Threat Detection Report Storage	SOP Class	DICOSThreatDetectionReportStorage	0
1.2.840.10008.5.1.4.1.1.501.4	DICOS 2D AIT Storage	SOP Class	DICOS2DAITStorage	0
1.2.840.10008.5.1.4.1.1.501.5	DICOS 3D AIT Storage	SOP Class	DICOS3DAITStorage	0
1.2.840.10008.5.1.4.1.1.501.6	DICOS Quadrupole Resonance (QR) Storage	SOP Class	DICOSQuadrupoleResonanceStorage	0
1.2.840.10008.5.1.4.1.1.6	Ultrasound Image Storage	SOP Class	UltrasoundImageStorageRetired	1
1.2.840.10008.5.1.4.1.1.6.1	Ultrasound Image Storage	SOP Class	UltrasoundImageStorage	0
1.2.840.10008.5.1.4.1.1.6.2	Enhanced US Volume Storage	SOP Class	EnhancedUSVolumeStorage	0
1.2.840.10008.5.1.4.1.1.6.3	Photoacoustic Image Storage	SOP Class	PhotoacousticImageStorage	0
1.2.840.10008.5.1.4.1.1.601.1	Eddy Current Image Storage	SOP Class	EddyCurrentImageStorage	0
1.2.840.10008.5.1.4.1.1.601.2	Eddy Current Multi-frame Image Storage	SOP Class	EddyCurrentMultiFrameImageStorage	0
1.2.840.10008.5.1.4.1.1.66	Raw Data Storage	SOP Class	RawDataStorage	0
1.2.840.10008.5.1.4.1.1.66.1	Spatial Registration Storage	SOP Class	SpatialRegistrationStorage	0
1.2.840.10008.5.1.4.1.1.66.2	Spatial Fiducials Storage	SOP Class	SpatialFiducialsStorage	0
1.2.840.10008.5.1.4.1.1.66.3	Deformable Spatial Registration Storage	SOP Class	DeformableSpatialRegistrationStorage	0
1.2.840.10008.5.1.4.1.1.66.4	Segmentation Storage	SOP Class	SegmentationStorage	0
1.2.840.10008.5.1.4.1.1.66.5	Surface Segmentation Storage	SOP Class	SurfaceSegmentationStorage	0
1.2.840.10008.5.1.4.1.1.66.6	Tractography Results Storage	SOP Class	TractographyResultsStorage	0
1.2.840.10008.5.1.4.1.1.67	Real World Value Mapping Storage	SOP Class	RealWorldValueMappingStorage	0
1.2.840.10008.5.1.4.1.1.68.1	Surface Scan Mesh Storage	SOP Class	SurfaceScanMeshStorage	0
1.2.840.10008.5.1.4.1.1.68.2	Surface Scan Point Cloud Storage	SOP Class	SurfaceScanPointCloudStorage	0
1.2.840.10008.5.1.4.1.1.7	Secondary Capture Image Storage	SOP Class	SecondaryCaptureImageStorage	0
1.2.840.10008.5.1.4.1.1.7.1	Multi-frame Single Bit Secondary Capture Image Storage	SOP Class	MultiFrameSingleBitSecondaryCaptureImageStorage	0
1.2.840.10008.5.1.4.1.1.7.2	Multi-frame Grayscale Byte Secondary Capture Image Storage	SOP Class	MultiFrameGrayscaleByteSecondaryCaptureImageStorage	0
1.2.840.10008.5.1.4.1.1.7.3	Multi-frame Grayscale Word Secondary Capture Image Storage	SOP Class	MultiFrameGrayscaleWordSecondaryCaptureImageStorage	0
1.2.840.10008.5.1.4.1.1.7.4	Multi-frame True Color Secondary Capture Image Storage	SOP Class	MultiFrameTrueColorSecondaryCaptureImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1	VL Image Storage - Trial	SOP Class	VLImageStorageTrial	1
1.2.840.10008.5.1.4.1.1.77.1.1	VL Endoscopic Image Storage	SOP Class	VLEndoscopicImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.1.1	Video Endoscopic Image Storage	SOP Class	VideoEndoscopicImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.2	VL Microscopic Image Storage	SOP Class	VLMicroscopicImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.2.1	Video Microscopic Image Storage	SOP Class	VideoMicroscopicImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.3	VL Slide-Coordinates Microscopic Image Storage	SOP Class	VLSlideCoordinatesMicroscopicImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.4	VL Photographic Image Storage	SOP Class	VLPhotographicImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.4.1	Video Photographic Image Storage	SOP Class	VideoPhotographicImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.1	Ophthalmic Photography 8 Bit Image Storage	SOP Class	OphthalmicPhotography8BitImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.2	Ophthalmic Photography 16 Bit Image Storage	SOP Class	OphthalmicPhotography16BitImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.3	Stereometric Relationship Storage	SOP Class	StereometricRelationshipStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.4	Ophthalmic Tomography Image Storage	SOP Class	OphthalmicTomographyImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.5	Wide Field Ophthalmic Photography Stereographic Projection Image Storage	SOP Class	WideFieldOphthalmicPhotographyStereographicProjectionImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.6	Wide Field Ophthalmic Photography 3D Coordinates Image Storage	SOP Class	WideFieldOphthalmicPhotography3DCoordinatesImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.7	Ophthalmic Optical Coherence Tomography En Face Image Storage	SOP Class	OphthalmicOpticalCoherenceTomographyEnFaceImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.5.8	Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Storage	SOP Class	OphthalmicOpticalCoherenceTomographyBscanVolumeAnalysisStorage	0
1.2.840.10008.5.1.4.1.1.77.1.6	VL Whole Slide Microscopy Image Storage	SOP Class	VLWholeSlideMicroscopyImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.7	Dermoscopic Photography Image Storage	SOP Class	DermoscopicPhotographyImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.8	Confocal Microscopy Image Storage	SOP Class	ConfocalMicroscopyImageStorage	0
1.2.840.10008.5.1.4.1.1.77.1.9	Confocal Microscopy Tiled Pyramidal Image Storage	SOP Class	ConfocalMicroscopyTiledPyramidalImageStorage	0
1.2.840.10008.5.1.4.1.1.77.2	VL Multi-frame Image Storage - Trial	SOP Class	VLMultiFrameImageStorageTrial	1
1.2.840.10008.5.1.4.1.1.78.1	Lensometry Measurements Storage	SOP Class	LensometryMeasurementsStorage	0
1.2.840.10008.5.1.4.1.1.78.2	Autorefraction Measurements Storage	SOP Class	AutorefractionMeasurementsStorage	0
1.2.840.10008.5.1.4.1.1.78.3	Keratometry Measurements Storage	SOP Class	KeratometryMeasurementsStorage	0
1.2.840.10008.5.1.4.1.1.78.4	Subjective Refraction Measurements Storage	SOP Class	SubjectiveRefractionMeasurementsStorage	0
1.2.840.10008.5.1.4.1.1.78.5	Visual Acuity Measurements Storage	SOP Class	VisualAcuityMeasurementsStorage	0
1.2.840.10008.5.1.4.1.1.78.6	Spectacle Prescription Report Storage	SOP Class	SpectaclePrescriptionReportStorage	0
1.2.840.10008.5.1.4.1.1.78.7	Ophthalmic Axial Measurements Storage	SOP Class	OphthalmicAxialMeasurementsStorage	0
1.2.840.10008.5.1.4.1.1.78.8	Intraocular Lens Calculations Storage	SOP Class	IntraocularLensCalculationsStorage	0
1.2.840.10008.5.1.4.1.1.79.1	Macular Grid Thickness and Volume Report Storage	SOP Class	MacularGridThicknessAndVolumeReportStorage	0
1.2.840.10008.5.1.4.1.1.8	Standalone Overlay Storage	SOP Class	StandaloneOverlayStorage	1
1.2.840.10008.5.1.4.1.1.80.1	Ophthalmic Visual Field Static Perimetry Measurements Storage	SOP Class	OphthalmicVisualFieldStaticPerimetryMeasurementsStorage	0
1.2.840.10008.5.1.4.1.1.81.1	Ophthalmic Thickness Map Storage	SOP Class	OphthalmicThicknessMapStorage	0
1.2.840.10008.5.1.4.1.1.82.1	Corneal Topography Map Storage	SOP Class	CornealTopographyMapStorage	0
1.2.840.10008.5.1.4.1.1.88.1	Text SR Storage - Trial	SOP Class	TextSRStorageTrial	1
1.2.840.10008.5.1.4.1.1.88.11	Basic Text SR Storage	SOP Class	BasicTextSRStorage	0
1.2.840.10008.5.1.4.1.1.88.2	Audio SR Storage - Trial	SOP Class	AudioSRStorageTrial	1
1.2.840.10008.5.1.4.1.1.88.22	Enhanced SR Storage	SOP Class	EnhancedSRStorage	0
1.2.840.10008.5.1.4.1.1.88.3	Detail SR Storage - Trial	SOP Class	DetailSRStorageTrial	1
1.2.840.10008.5.1.4.1.1.88.33	Comprehensive SR Storage	SOP Class	ComprehensiveSRStorage	0
1.2.840.10008.5.1.4.1.1.88.34	Comprehensive 3D SR Storage	SOP Class	Comprehensive3DSRStorage	0
1.2.840.10008.5.1.4.1.1.88.35	Extensible SR Storage	SOP Class	ExtensibleSRStorage	0
1.2.840.10008.5.1.4.1.1.88.4	Comprehensive SR Storage - Trial	SOP Class	ComprehensiveSRStorageTrial	1
1.2.840.10008.5.1.4.1.1.88.40	Procedure Log Storage	SOP Class	ProcedureLogStorage	0
1.2.840.10008.5.1.4.1.1.88.50	Mammography CAD SR Storage	SOP Class	MammographyCADSRStorage	0
1.2.840.10008.5.1.4.1.1.88.59	Key Object Selection Document Storage	SOP Class	KeyObjectSelectionDocumentStorage	0
1.2.840.10008.5.1.4.1.1.88.65	Chest CAD SR Storage	SOP Class	ChestCADSRStorage	0
1.2.840.10008.5.1.4.1.1.88.67	X-Ray Radiation Dose SR Storage	SOP Class	XRayRadiationDoseSRStorage	0
1.2.840.10008.5.1.4.1.1.88.68	Radiopharmaceutical Radiation Dose SR Storage	SOP Class	RadiopharmaceuticalRadiationDoseSRStorage	0
1.2.840.10008.5.1.4.1.1.88.69	Colon CAD SR Storage	SOP Class	ColonCADSRStorage	0
1.2.840.10008.5.1.4.1.1.88.70	Implantation Plan SR Storage	SOP Class	ImplantationPlanSRStorage	0
1.2.840.10008.5.1.4.1.1.88.71	Acquisition Context SR Storage	SOP Class	AcquisitionContextSRStorage	0
1.2.840.10008.5.1.4.1.1.88.72	Simplified Adult Echo SR Storage	SOP Class	SimplifiedAdultEchoSRStorage	0
1.2.840.10008.5.1.4.1.1.88.73	Patient Radiation Dose SR Storage	SOP Class	PatientRadiationDoseSRStorage	0
1.2.840.10008.5.1.4.1.1.88.74	Planned Imaging Agent Administration SR Storage	SOP Class	PlannedImagingAgentAdministrationSRStorage	0
1.2.840.10008.5.1.4.1.1.88.75	Performed Imaging Agent Administration SR Storage	SOP Class	PerformedImagingAgentAdministrationSRStorage	0
1.2.840.10008.5.1.4.1.1.88.76	Enhanced X-Ray Radiation Dose SR Storage	SOP Class	EnhancedXRayRadiationDoseSRStorage	0
1.2.840.10008.5.1.4.1.1.88.77	Waveform Annotation SR Storage	SOP Class	WaveformAnnotationSRStorage	0
1.2.840.10008.5.1.4.1.1.9	Standalone Curve Storage	SOP Class	StandaloneCurveStorage	1
1.2.840.10008.5.1.4.1.1.9.1	Waveform Storage - Trial	SOP Class	WaveformStorageTrial	1
1.2.840.10008.5.1.4.1.1.9.1.1	12-lead ECG Waveform Storage	SOP Class	TwelveLeadECGWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.1.2	General ECG Waveform Storage	SOP Class	GeneralECGWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.1.3	Ambulatory ECG Waveform Storage	SOP Class	AmbulatoryECGWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.1.4	General 32-bit ECG Waveform Storage	SOP Class	General32bitECGWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.2.1	Hemodynamic Waveform Storage	SOP Class	HemodynamicWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.3.1	Cardiac Electrophysiology Waveform Storage	SOP Class	CardiacElectrophysiologyWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.4.1	Basic Voice Audio Waveform Storage	SOP Class	BasicVoiceAudioWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.4.2	General Audio Waveform Storage	SOP Class	GeneralAudioWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.5.1	Arterial Pulse Waveform Storage	SOP Class	ArterialPulseWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.6.1	Respiratory Waveform Storage	SOP Class	RespiratoryWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.6.2	Multi-channel Respiratory Waveform Storage	SOP Class	MultichannelRespiratoryWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.7.1	Routine Scalp Electroencephalogram Waveform Storage	SOP Class	RoutineScalpElectroencephalogramWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.7.2	Electromyogram Waveform Storage	SOP Class	ElectromyogramWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.7.3	Electrooculogram Waveform Storage	SOP Class	ElectrooculogramWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.7.4	Sleep Electroencephalogram Waveform Storage	SOP Class	SleepElectroencephalogramWaveformStorage	0
1.2.840.10008.5.1.4.1.1.9.8.1	Body Position Waveform Storage	SOP Class	BodyPositionWaveformStorage	0
1.2.840.10008.5.1.4.1.1.90.1	Content Assessment Results Storage	SOP Class	ContentAssessmentResultsStorage	0
1.2.840.10008.5.1.4.1.1.91.1	Microscopy Bulk Simple Annotations Storage	SOP Class	MicroscopyBulkSimpleAnnotationsStorage	0
1.2.840.10008.5.1.4.1.2.1.1	Patient Root Query/Retrieve Information Model - FIND	SOP Class	PatientRootQueryRetrieveInformationModelFind	0
1.2.840.10008.5.1.4.1.2.1.2	Patient Root Query/Retrieve Information Model - MOVE	SOP Class	PatientRootQueryRetrieveInformationModelMove	0
1.2.840.10008.5.1.4.1.2.1.3	Patient Root Query/Retrieve Information Model - GET	SOP Class	PatientRootQueryRetrieveInformationModelGet	0
1.2.840.10008.5.1.4.1.2.2.1	Study Root Query/Retrieve Information Model - FIND	SOP Class	StudyRootQueryRetrieveInformationModelFind	0
1.2.840.10008.5.1.4.1.2.2.2	Study Root Query/Retrieve Information Model - MOVE	SOP Class	StudyRootQueryRetrieveInformationModelMove	0
1.2.840.10008.5.1.4.1.2.2.3	Study Root Query/Retrieve Information Model - GET	SOP Class	StudyRootQueryRetrieveInformationModelGet	0
1.2.840.10008.5.1.4.1.2.3.1	Patient/Study Only Query/Retrieve Information Model - FIND	SOP Class	PatientStudyOnlyQueryRetrieveInformationModelFind	1
1.2.840.10008.5.1.4.1.2.3.2	Patient/Study Only Query/Retrieve Information Model - MOVE	SOP Class	PatientStudyOnlyQueryRetrieveInformationModelMove	1
1.2.840.10008.5.1.4.1.2.3.3	Patient/Study Only Query/Retrieve Information Model - GET	SOP Class	PatientStudyOnlyQueryRetrieveInformationModelGet	1
1.2.840.10008.5.1.4.1.2.4.2	Composite Instance Root Retrieve - MOVE	SOP Class	CompositeInstanceRootRetrieveMove	0
1.2.840.10008.5.1.4.1.2.4.3	Composite Instance Root Retrieve - GET	SOP Class	CompositeInstanceRootRetrieveGet	0
1.2.840.10008.5.1.4.1.2.5.3	Composite Instance Retrieve Without Bulk Data - GET	SOP Class	CompositeInstanceRetrieveWithoutBulkDataGet	0
1.2.840.10008.5.1.4.20.1	Defined Procedure Protocol Information Model - FIND	SOP Class	DefinedProcedureProtocolInformationModelFind	0
1.2.840.10008.5.1.4.20.2	Defined Procedure Protocol Information Model - MOVE	SOP Class	DefinedProcedureProtocolInformationModelMove	0
1.2.840.10008.5.1.4.20.3	Defined Procedure Protocol Information Model - GET	SOP Class	DefinedProcedureProtocolInformationModelGet	0
1.2.840.10008.5.1.4.31	Modality Worklist Information Model - FIND	SOP Class	ModalityWorklistInformationModelFind	0
1.2.840.10008.5.1.4.32	General Purpose Worklist Management Meta SOP Class	Meta SOP Class	GeneralPurposeWorklistManagementMeta	1
1.2.840.10008.5.1.4.32.1	General Purpose Worklist Information Model - FIND	SOP Class	GeneralPurposeWorklistInformationModelFind	1
1.2.840.10008.5.1.4.32.2	General Purpose Scheduled Procedure Step SOP Class	SOP Class	GeneralPurposeScheduledProcedureStep	1
1.2.840.10008.5.1.4.32.3	General Purpose Performed Procedure Step SOP Class	SOP Class	GeneralPurposePerformedProcedureStep	1
1.2.840.10008.5.1.4.33	Instance Availability Notification SOP Class	SOP Class	InstanceAvailabilityNotification	0
1.2.840.10008.5.1.4.34.1	RT Beams Delivery Instruction Storage - Trial	SOP Class	RTBeamsDeliveryInstructionStorageTrial	1
1.2.840.10008.5.1.4.34.10	RT Brachy Application Setup Delivery Instruction Storage	SOP Class	RTBrachyApplicationSetupDeliveryInstructionStorage	0
1.2.840.10008.5.1.4.34.2	RT Conventional Machine Verification - Trial	SOP Class	RTConventionalMachineVerificationTrial	1
1.2.840.10008.5.1.4.34.3	RT Ion Machine Verification - Trial	SOP Class	RTIonMachineVerificationTrial	1
1.2.840.10008.5.1.4.34.4	Unified Worklist and Procedure Step Service Class - Trial	Service Class	UnifiedWorklistAndProcedureStepTrial	1
1.2.840.10008.5.1.4.34.4.1	Unified Procedure Step - Push SOP Class - Trial	SOP Class	UnifiedProcedureStepPushTrial	1
1.2.840.10008.5.1.4.34.4.2	Unified Procedure Step - Watch SOP Class - Trial	SOP Class	UnifiedProcedureStepWatchTrial	1
1.2.840.10008.5.1.4.34.4.3	Unified Procedure Step - Pull SOP Class - Trial	SOP Class	UnifiedProcedureStepPullTrial	1
1.2.840.10008.5.1.4.34.4.4	Unified Procedure Step - Event SOP Class - Trial	SOP Class	UnifiedProcedureStepEventTrial	1
1.2.840.10008.5.1.4.34.5	UPS Global Subscription SOP Instance	Well-known SOP Instance	UPSGlobalSubscriptionInstance	0
1.2.840.10008.5.1.4.34.5.1	UPS Filtered Global Subscription SOP Instance	Well-known SOP Instance	UPSFilteredGlobalSubscriptionInstance	0
1.2.840.10008.5.1.4.34.6	Unified Worklist and Procedure Step Service Class	Service Class	UnifiedWorklistAndProcedureStep	0
1.2.840.10008.5.1.4.34.6.1	Unified Procedure Step - Push SOP Class	SOP Class	UnifiedProcedureStepPush	0
1.2.840.10008.5.1.4.34.6.2	Unified Procedure Step - Watch SOP Class	SOP Class	UnifiedProcedureStepWatch	0
1.2.840.10008.5.1.4.34.6.3	Unified Procedure Step - Pull SOP Class	SOP Class	UnifiedProcedureStepPull	0
1.2.840.10008.5.1.4.34.6.4	Unified Procedure Step - Event SOP Class	SOP Class	UnifiedProcedureStepEvent	0
1.2.840.10008.5.1.4.34.6.5	Unified Procedure Step - Query SOP Class	SOP Class	UnifiedProcedureStepQuery	0
1.2.840.10008.5.1.4.34.7	RT Beams Delivery Instruction Storage	SOP Class	RTBeamsDeliveryInstructionStorage	0
1.2.840.10008.5.1.4.34.8	RT Conventional Machine Verification	SOP Class	RTConventionalMachineVerification	0
1.2.840.10008.5.1.4.34.9	RT Ion Machine Verification	SOP Class	RTIonMachineVerification	0
1.2.840.10008.5.1.4.37.1	General Relevant Patient Information Query	SOP Class	GeneralRelevantPatientInformationQuery	0
1.2.840.10008.5.1.4.37.2	Breast Imaging Relevant Patient Information Query	SOP Class	BreastImagingRelevantPatientInformationQuery	0
1.2.840.10008.5.1.4.37.3	Cardiac Relevant Patient Information Query	SOP Class	CardiacRelevantPatientInformationQuery	0
1.2.840.10008.5.1.4.38.1	Hanging Protocol Storage	SOP Class	HangingProtocolStorage	0
1.2.840.10008.5.1.4.38.2	Hanging Protocol Information Model - FIND	SOP Class	HangingProtocolInformationModelFind	0
1.2.840.10008.5.1.4.38.3	Hanging Protocol Information Model - MOVE	SOP Class	HangingProtocolInformationModelMove	0
1.2.840.10008.5.1.4.38.4	Hanging Protocol Information Model - GET	SOP Class	HangingProtocolInformationModelGet	0
1.2.840.10008.5.1.4.39.1	Color Palette Storage	SOP Class	ColorPaletteStorage	0
1.2.840.10008.5.1.4.39.2	Color Palette Query/Retrieve Information Model - FIND	SOP Class	ColorPaletteQueryRetrieveInformationModelFind	0
1.2.840.10008.5.1.4.39.3	Color Palette Query/Retrieve Information Model - MOVE	SOP Class	ColorPaletteQueryRetrieveInformationModelMove	0
1.2.840.10008.5.1.4.39.4	Color Palette Query/Retrieve Information Model - GET	SOP Class	ColorPaletteQueryRetrieveInformationModelGet	0
1.2.840.10008.5.1.4.41	Product Characteristics Query SOP Class	SOP Class	ProductCharacteristicsQuery	0
1.2.840.10008.5.1.4.42	Substance Approval Query SOP Class	SOP Class	SubstanceApprovalQuery	0
1.2.840.10008.5.1.4.43.1	Generic Implant Template Storage	SOP Class	GenericImplantTemplateStorage	0
1.2.840.10008.5.1.4.43.2	Generic Implant Template Information Model - FIND	SOP Class	GenericImplantTemplateInformationModelFind	0
1.2.840.10008.5.1.4.43.3	Generic Implant Template Information Model - MOVE	SOP Class	GenericImplantTemplateInformationModelMove	0
1.2.840.10008.5.1.4.43.4	Generic Implant Template Information Model - GET	SOP Class	GenericImplantTemplateInformationModelGet	0
1.2.840.10008.5.1.4.44.1	Implant Assembly Template Storage	SOP Class	ImplantAssemblyTemplateStorage	0
1.2.840.10008.5.1.4.44.2	Implant Assembly Template Information Model - FIND	SOP Class	ImplantAssemblyTemplateInformationModelFind	0
1.2.840.10008.5.1.4.44.3	Implant Assembly Template Information Model - MOVE	SOP Class	ImplantAssemblyTemplateInformationModelMove	0
1.2.840.10008.5.1.4.44.4	Implant Assembly Template Information Model - GET	SOP Class	ImplantAssemblyTemplateInformationModelGet	0
1.2.840.10008.5.1.4.45.1	Implant Template Group Storage	SOP Class	ImplantTemplateGroupStorage	0
1.2.840.10008.5.1.4.45.2	Implant Template Group Information Model - FIND	SOP Class	ImplantTemplateGroupInformationModelFind	0
1.2.840.10008.5.1.4.45.3	Implant Template Group Information Model - MOVE	SOP Class	ImplantTemplateGroupInformationModelMove	0
1.2.840.10008.5.1.4.45.4	Implant Template Group Information Model - GET	SOP Class	ImplantTemplateGroupInformationModelGet	0
1.2.840.10008.7.1.1	Native DICOM Model	Application Hosting Model	NativeDICOMModel	0
1.2.840.10008.7.1.2	Abstract Multi-Dimensional Image Model	Application Hosting Model	AbstractMultiDimensionalImageModel	0
1.2.840.10008.8.1.1	DICOM Content Mapping Resource	Mapping Resource	DICOMContentMappingResource	0
"""#
