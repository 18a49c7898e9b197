// The default requirements, a copy of Networks/requirements.csv so that the program works from
// any folder. A test checks that the two stay identical; edit the CSV file, then paste it here.
extension RequirementsLoader {
    /// The text of `Networks/requirements.csv`.
    public static let defaultCSV = #"""
theme,requires,kind,reason,source,role,partners,basis,met_by
community-safety,county-council|district-council|unitary-council|metropolitan-district|london-borough,type,"the council (in two-tier areas both the district and the county council) is a responsible authority of the community safety partnership","Crime and Disorder Act 1998 s.5(1)(a) and s.6",council,police|fire|nhs-commissioner|probation,statutory,each
community-safety,police,type,"every chief officer of police whose police area lies within the area is a responsible authority","Crime and Disorder Act 1998 s.5(1)(b)",police,probation|nhs-commissioner,statutory,each
community-safety,fire,type,"the fire and rescue authority is a responsible authority","Crime and Disorder Act 1998 s.5(1)(d) as inserted by the Police Reform Act 2002 s.97",fire,,statutory,each
community-safety,icb|ccg|pct,type,"the NHS commissioner for the area (integrated care board since July 2022, clinical commissioning group from April 2013, primary care trust before) is a responsible authority","Crime and Disorder Act 1998 s.5(1)(e) as inserted by the Police Reform Act 2002 s.97 and amended by the Health and Social Care Act 2012 and the Health and Care Act 2022",nhs-commissioner,,statutory,each
community-safety,probation,type,"the provider of probation services is a responsible authority","Crime and Disorder Act 1998 s.5(1)(aa) as inserted by the Offender Management Act 2007",probation,,statutory,each
health-and-wellbeing,county-council|unitary-council|metropolitan-district|london-borough,type,"the upper-tier council establishes the board; its councillors and its directors of adult social services, children's services and public health are members","Health and Social Care Act 2012 s.194(1)-(2)(d)",council,nhs-commissioner|healthwatch,statutory,each
health-and-wellbeing,icb|ccg,type,"each NHS commissioner for the area (integrated care board since July 2022, clinical commissioning group before) appoints a member","Health and Social Care Act 2012 s.194(2)(f) as amended by the Health and Care Act 2022",nhs-commissioner,,statutory,each
health-and-wellbeing,voluntary-org|community-org,type,"the local Healthwatch organisation represents patients and the public on the board","Health and Social Care Act 2012 s.194(2)(e) and (5)",healthwatch,,statutory,any
resilience,county-council|district-council|unitary-council|metropolitan-district|london-borough,type,"local authorities are category 1 responders","Civil Contingencies Act 2004 Sch.1 Part 1",council,police|fire|nhs-trust|nhs-commissioner|environment,statutory,each
resilience,police,type,"chief officers of police are category 1 responders","Civil Contingencies Act 2004 Sch.1 Part 1",police,fire|nhs-trust,statutory,each
resilience,fire,type,"fire and rescue authorities are category 1 responders","Civil Contingencies Act 2004 Sch.1 Part 1",fire,nhs-trust,statutory,each
resilience,nhs-trust,type,"NHS trusts providing ambulance and hospital services are category 1 responders","Civil Contingencies Act 2004 Sch.1 Part 1",nhs-trust,,statutory,each
resilience,icb|ccg|pct,type,"integrated care boards are category 1 responders since July 2022 (clinical commissioning groups were category 2; primary care trusts were category 1 until March 2013)","Civil Contingencies Act 2004 Sch.1 as amended by the Health and Care Act 2022",nhs-commissioner,nhs-trust,statutory,each
resilience,environment,type,"the Environment Agency is a category 1 responder","Civil Contingencies Act 2004 Sch.1 Part 1",environment,fire,statutory,each
employment-and-health,icb|ccg|nhs-trust|gp-federation,type,"health services are where most people out of work through ill health are seen","DWP and DHSC, Improving Lives: the Future of Work, Health and Disability (Cm 9526, 2017)",health,jobcentre|council,guidance,any
employment-and-health,jobcentre,type,"Jobcentre Plus delivers employment support and benefits","DWP and DHSC, Improving Lives: the Future of Work, Health and Disability (Cm 9526, 2017)",jobcentre,skills|employers|council|housing|justice,guidance,each
employment-and-health,college|university|lsc,type,"skills providers turn support into qualifications employers ask for","Skills and Post-16 Education Act 2022 Part 1 (local skills improvement plans)",skills,employers,guidance,any
employment-and-health,lep|business|chamber|rda,type,"the job creators: enterprise partnerships, employers and their representative bodies","Skills and Post-16 Education Act 2022 s.1 (employer representative bodies); DWP and DHSC, Improving Lives (2017)",employers,,guidance,any
employment-and-health,county-council|district-council|unitary-council|metropolitan-district|london-borough,type,"councils hold the public health, social care and local economic duties","Health and Social Care Act 2012 s.12 (public health duty of upper-tier councils)",council,,guidance,each
employment-and-health,housing,type,"a stable home comes before stable work; housing bodies see the tenants furthest from work","Homelessness Reduction Act 2017 s.10 (duty to refer)",housing,,guidance,any
employment-and-health,environment,type,"healthy and sustainable places are a determinant of health and of local jobs","Marmot Review, Fair Society, Healthy Lives (2010), policy objective E",environment,council,practice,any
employment-and-health,police|probation,type,"criminal justice bodies support offenders into work, which lowers reoffending","Ministry of Justice, Education and Employment Strategy (2018)",justice,,guidance,any
regeneration,public,sector,"local strategic partnerships bring together the public sector","DETR, Local Strategic Partnerships: Government Guidance (2001)",public,private|voluntary|community,guidance,any
regeneration,private,sector,"local strategic partnerships bring together the private sector","DETR, Local Strategic Partnerships: Government Guidance (2001)",private,,guidance,any
regeneration,voluntary,sector,"local strategic partnerships bring together the voluntary sector","DETR, Local Strategic Partnerships: Government Guidance (2001)",voluntary,,guidance,any
regeneration,community,sector,"local strategic partnerships bring together community groups and residents","DETR, Local Strategic Partnerships: Government Guidance (2001)",community,,guidance,any
"""#
}
