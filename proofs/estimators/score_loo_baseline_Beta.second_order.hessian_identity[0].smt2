; certjax: rule estimators.score_loo_baseline_Beta, obligation 'second_order.hessian_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun digamma!53 () Real)
(declare-fun digamma!47 () Real)
(declare-fun digamma!43 () Real)
(declare-fun log!22 () Real)
(declare-fun log!17 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun polygamma!54 () Real)
(declare-fun polygamma!49 () Real)
(declare-fun polygamma!45 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun lgamma!25 () Real)
(declare-fun lgamma!26 () Real)
(declare-fun lgamma!29 () Real)
(assert
 (let (($x14 (> 1.0 z)))
 (let (($x12 (< 0.0 z)))
 (let (($x15 (and $x12 $x14)))
 (let (($x9 (< 0.0 concentration0)))
 (let (($x7 (< 0.0 concentration1)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x15))))))))
(assert
 (< 0.0 z))
(assert
 (let ((?x17 (- z)))
 (let ((?x18 (+ 1.0 ?x17)))
 (< 0.0 ?x18))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (< 0.0 z))
(assert
 (let ((?x17 (- z)))
 (let ((?x18 (+ 1.0 ?x17)))
 (< 0.0 ?x18))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x354 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x355 (* (/ 1.0 2.0) ?x354)))
 (let ((?x285 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x330 (* ?x285 exp!7)))
 (let ((?x356 (* ?x330 ?x355)))
 (let ((?x109 (- digamma!53)))
 (let ((?x97 (* 0.0 digamma!47)))
 (let ((?x103 (+ digamma!43 ?x97)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x94 (* log!22 0.0)))
 (let ((?x95 (+ log!17 ?x94)))
 (let ((?x112 (+ ?x95 ?x111)))
 (let ((?x347 (* ?x330 ?x112)))
 (let ((?x352 (* |g2[0]| ?x347)))
 (let ((?x357 (+ ?x352 ?x356)))
 (let ((?x135 (- b)))
 (let ((?x350 (+ f2 ?x135)))
 (let ((?x348 (* ?x112 ?x347)))
 (let ((?x343 (- polygamma!54)))
 (let ((?x340 (* 0.0 polygamma!49)))
 (let ((?x341 (* 0.0 ?x340)))
 (let ((?x342 (+ polygamma!45 ?x341)))
 (let ((?x344 (+ ?x342 ?x343)))
 (let ((?x345 (- ?x344)))
 (let ((?x346 (* ?x330 ?x345)))
 (let ((?x349 (+ ?x346 ?x348)))
 (let ((?x351 (* ?x349 ?x350)))
 (let ((?x353 (+ ?x351 ?x352)))
 (let ((?x358 (+ ?x353 ?x357)))
 (let ((?x164 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x165 (+ ?x164 ?x164)))
 (let ((?x139 (* |g2[0]| 1.0)))
 (let ((?x115 (* ?x112 1.0)))
 (let ((?x138 (* f2 ?x115)))
 (let ((?x140 (+ ?x138 ?x139)))
 (let ((?x136 (* ?x115 ?x135)))
 (let ((?x141 (+ ?x136 ?x140)))
 (let ((?x162 (* log!17 ?x141)))
 (let ((?x144 (* f2 1.0)))
 (let ((?x143 (* 1.0 ?x135)))
 (let ((?x145 (+ ?x143 ?x144)))
 (let ((?x152 (- ?x145)))
 (let ((?x159 (* polygamma!45 ?x152)))
 (let ((?x150 (- ?x141)))
 (let ((?x151 (* digamma!43 ?x150)))
 (let ((?x160 (+ ?x151 ?x159)))
 (let ((?x147 (* polygamma!54 ?x145)))
 (let ((?x142 (* digamma!53 ?x141)))
 (let ((?x148 (+ ?x142 ?x147)))
 (let ((?x132 (* |g2[0]| ?x115)))
 (let ((?x116 (* (/ 1.0 2.0) ?x115)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x119 (+ (- 1.0) 1.0)))
 (let ((?x120 (* (/ 1.0 2.0) ?x119)))
 (let ((?x126 (* 0.0 ?x120)))
 (let ((?x127 (+ ?x126 ?x117)))
 (let ((?x128 (* |h2[1,0]| ?x127)))
 (let ((?x123 (+ ?x120 ?x117)))
 (let ((?x124 (* |h2[0,0]| ?x123)))
 (let ((?x129 (+ ?x124 ?x128)))
 (let ((?x121 (* |h2[0,0]| ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x130 (+ ?x122 ?x129)))
 (let ((?x133 (+ ?x130 ?x132)))
 (let ((?x149 (+ ?x133 ?x148)))
 (let ((?x161 (+ ?x149 ?x160)))
 (let ((?x163 (+ ?x161 ?x162)))
 (let ((?x166 (+ ?x163 ?x165)))
 (let ((?x331 (* ?x330 ?x166)))
 (or (and (distinct ?x331 ?x358) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!22 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> (+ 1.0 (- z)) 0.0) (= exp!2 (+ 1.0 (- z)))))
(assert
 (=> (and (= concentration0 concentration1)) (= lgamma!26 lgamma!25)))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= lgamma!29 lgamma!25))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= lgamma!29 lgamma!26))))
(assert
 (=> (and (= concentration1 concentration0)) (= digamma!43 digamma!47)))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= digamma!53 digamma!47))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= digamma!53 digamma!43))))
(assert
 (let (($x154 (= 1.0 1.0)))
 (=> (and $x154 (= concentration1 (+ concentration1 concentration0))) (= polygamma!45 polygamma!54))))
(assert
 (= (< lgamma!25 log!17) (< exp!3 exp!1)))
(assert
 (= (< log!17 lgamma!25) (< exp!1 exp!3)))
(assert
 (= (< lgamma!25 log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 lgamma!25) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!25 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!25)))
(assert
 (= (< lgamma!26 log!17) (< exp!4 exp!1)))
(assert
 (= (< log!17 lgamma!26) (< exp!1 exp!4)))
(assert
 (= (< lgamma!26 log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 lgamma!26) (< exp!2 exp!4)))
(assert
 (= (< lgamma!26 lgamma!25) (< exp!4 exp!3)))
(assert
 (= (< lgamma!25 lgamma!26) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!26 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!26)))
(assert
 (= (< lgamma!29 log!17) (< exp!5 exp!1)))
(assert
 (= (< log!17 lgamma!29) (< exp!1 exp!5)))
(assert
 (= (< lgamma!29 log!22) (< exp!5 exp!2)))
(assert
 (= (< log!22 lgamma!29) (< exp!2 exp!5)))
(assert
 (= (< lgamma!29 lgamma!25) (< exp!5 exp!3)))
(assert
 (= (< lgamma!25 lgamma!29) (< exp!3 exp!5)))
(assert
 (= (< lgamma!29 lgamma!26) (< exp!5 exp!4)))
(assert
 (= (< lgamma!26 lgamma!29) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!29 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!29)))
(assert
 (= (< (* concentration1 log!17) log!17) (< exp!6 exp!1)))
(assert
 (= (< log!17 (* concentration1 log!17)) (< exp!1 exp!6)))
(assert
 (= (< (* concentration1 log!17) log!22) (< exp!6 exp!2)))
(assert
 (= (< log!22 (* concentration1 log!17)) (< exp!2 exp!6)))
(assert
 (= (< (* concentration1 log!17) lgamma!25) (< exp!6 exp!3)))
(assert
 (= (< lgamma!25 (* concentration1 log!17)) (< exp!3 exp!6)))
(assert
 (= (< (* concentration1 log!17) lgamma!26) (< exp!6 exp!4)))
(assert
 (= (< lgamma!26 (* concentration1 log!17)) (< exp!4 exp!6)))
(assert
 (= (< (* concentration1 log!17) lgamma!29) (< exp!6 exp!5)))
(assert
 (= (< lgamma!29 (* concentration1 log!17)) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> (* concentration1 log!17) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (* concentration1 log!17))))
(assert
 (= (< (* concentration0 log!22) log!17) (< exp!7 exp!1)))
(assert
 (= (< log!17 (* concentration0 log!22)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration0 log!22) log!22) (< exp!7 exp!2)))
(assert
 (= (< log!22 (* concentration0 log!22)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration0 log!22) lgamma!25) (< exp!7 exp!3)))
(assert
 (= (< lgamma!25 (* concentration0 log!22)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration0 log!22) lgamma!26) (< exp!7 exp!4)))
(assert
 (= (< lgamma!26 (* concentration0 log!22)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration0 log!22) lgamma!29) (< exp!7 exp!5)))
(assert
 (= (< lgamma!29 (* concentration0 log!22)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration0 log!22) (* concentration1 log!17)) (< exp!7 exp!6)))
(assert
 (= (< (* concentration1 log!17) (* concentration0 log!22)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration0 log!22) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration0 log!22))))
(assert
 (let (($x154 (= 1.0 1.0)))
 (=> (and $x154 (= concentration0 (+ concentration1 concentration0))) (= polygamma!49 polygamma!54))))
(assert
 (=> (and (= 1.0 1.0) (= concentration0 concentration1)) (= polygamma!49 polygamma!45)))
(check-sat)
(pop 1)
