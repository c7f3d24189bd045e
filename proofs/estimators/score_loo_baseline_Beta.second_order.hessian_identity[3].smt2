; certjax: rule estimators.score_loo_baseline_Beta, obligation 'second_order.hessian_identity[3]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun log!17 () Real)
(declare-fun log!22 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!45 () Real)
(declare-fun polygamma!49 () Real)
(declare-fun polygamma!54 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x353 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x354 (* (/ 1.0 2.0) ?x353)))
 (let ((?x283 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x328 (* ?x283 exp!7)))
 (let ((?x355 (* ?x328 ?x354)))
 (let ((?x107 (- digamma!53)))
 (let ((?x97 (* 0.0 digamma!43)))
 (let ((?x101 (+ ?x97 digamma!47)))
 (let ((?x108 (+ ?x101 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x94 (* log!17 0.0)))
 (let ((?x95 (+ log!22 ?x94)))
 (let ((?x110 (+ ?x95 ?x109)))
 (let ((?x347 (* ?x328 ?x110)))
 (let ((?x351 (* |g2[1]| ?x347)))
 (let ((?x356 (+ ?x351 ?x355)))
 (let ((?x348 (* ?x110 ?x347)))
 (let ((?x341 (* 0.0 polygamma!45)))
 (let ((?x342 (* 0.0 ?x341)))
 (let ((?x343 (+ polygamma!49 ?x342)))
 (let ((?x331 (- polygamma!54)))
 (let ((?x344 (+ ?x331 ?x343)))
 (let ((?x345 (- ?x344)))
 (let ((?x346 (* ?x328 ?x345)))
 (let ((?x349 (+ ?x346 ?x348)))
 (let ((?x133 (- b)))
 (let ((?x330 (+ f2 ?x133)))
 (let ((?x350 (* ?x330 ?x349)))
 (let ((?x352 (+ ?x350 ?x351)))
 (let ((?x357 (+ ?x352 ?x356)))
 (let ((?x162 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x163 (+ ?x162 ?x162)))
 (let ((?x137 (* |g2[1]| 1.0)))
 (let ((?x113 (* ?x110 1.0)))
 (let ((?x136 (* f2 ?x113)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x134 (* ?x113 ?x133)))
 (let ((?x139 (+ ?x134 ?x138)))
 (let ((?x160 (* log!22 ?x139)))
 (let ((?x142 (* f2 1.0)))
 (let ((?x141 (* 1.0 ?x133)))
 (let ((?x143 (+ ?x141 ?x142)))
 (let ((?x150 (- ?x143)))
 (let ((?x157 (* polygamma!49 ?x150)))
 (let ((?x148 (- ?x139)))
 (let ((?x149 (* digamma!47 ?x148)))
 (let ((?x158 (+ ?x149 ?x157)))
 (let ((?x145 (* polygamma!54 ?x143)))
 (let ((?x140 (* digamma!53 ?x139)))
 (let ((?x146 (+ ?x140 ?x145)))
 (let ((?x130 (* |g2[1]| ?x113)))
 (let ((?x114 (* (/ 1.0 2.0) ?x113)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x117 (+ (- 1.0) 1.0)))
 (let ((?x118 (* (/ 1.0 2.0) ?x117)))
 (let ((?x125 (+ ?x118 ?x115)))
 (let ((?x126 (* |h2[1,1]| ?x125)))
 (let ((?x122 (* 0.0 ?x118)))
 (let ((?x123 (+ ?x122 ?x115)))
 (let ((?x124 (* |h2[0,1]| ?x123)))
 (let ((?x127 (+ ?x124 ?x126)))
 (let ((?x119 (* |h2[1,1]| ?x118)))
 (let ((?x120 (+ ?x115 ?x119)))
 (let ((?x128 (+ ?x120 ?x127)))
 (let ((?x131 (+ ?x128 ?x130)))
 (let ((?x147 (+ ?x131 ?x146)))
 (let ((?x159 (+ ?x147 ?x158)))
 (let ((?x161 (+ ?x159 ?x160)))
 (let ((?x164 (+ ?x161 ?x163)))
 (let ((?x329 (* ?x328 ?x164)))
 (or (and (distinct ?x329 ?x357) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x76 (and (= concentration0 concentration1))))
 (=> $x76 (= lgamma!26 lgamma!25))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= lgamma!29 lgamma!25))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= lgamma!29 lgamma!26))))
(assert
 (let (($x76 (and (= concentration0 concentration1))))
 (=> $x76 (= digamma!47 digamma!43))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= digamma!53 digamma!43))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= digamma!53 digamma!47))))
(assert
 (let (($x152 (= 1.0 1.0)))
 (=> (and $x152 (= concentration0 (+ concentration1 concentration0))) (= polygamma!49 polygamma!54))))
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
 (let (($x152 (= 1.0 1.0)))
 (=> (and $x152 (= concentration1 (+ concentration1 concentration0))) (= polygamma!45 polygamma!54))))
(assert
 (=> (and (= 1.0 1.0) (= concentration1 concentration0)) (= polygamma!45 polygamma!49)))
(check-sat)
(pop 1)
