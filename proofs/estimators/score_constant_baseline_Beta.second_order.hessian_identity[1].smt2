; certjax: rule estimators.score_constant_baseline_Beta, obligation 'second_order.hessian_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun digamma!52 () Real)
(declare-fun digamma!46 () Real)
(declare-fun digamma!42 () Real)
(declare-fun log!16 () Real)
(declare-fun log!21 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!48 () Real)
(declare-fun polygamma!44 () Real)
(declare-fun polygamma!53 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun lgamma!24 () Real)
(declare-fun lgamma!25 () Real)
(declare-fun lgamma!28 () Real)
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
 (let ((?x364 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x365 (* (/ 1.0 2.0) ?x364)))
 (let ((?x287 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x332 (* ?x287 exp!7)))
 (let ((?x366 (* ?x332 ?x365)))
 (let ((?x107 (- digamma!52)))
 (let ((?x97 (* 0.0 digamma!42)))
 (let ((?x101 (+ ?x97 digamma!46)))
 (let ((?x108 (+ ?x101 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x94 (* log!16 0.0)))
 (let ((?x95 (+ log!21 ?x94)))
 (let ((?x110 (+ ?x95 ?x109)))
 (let ((?x356 (* ?x332 ?x110)))
 (let ((?x363 (* |g2[0]| ?x356)))
 (let ((?x367 (+ ?x363 ?x366)))
 (let ((?x351 (* 0.0 digamma!46)))
 (let ((?x352 (+ digamma!42 ?x351)))
 (let ((?x353 (+ ?x352 ?x107)))
 (let ((?x354 (- ?x353)))
 (let ((?x349 (* log!21 0.0)))
 (let ((?x350 (+ log!16 ?x349)))
 (let ((?x355 (+ ?x350 ?x354)))
 (let ((?x360 (* ?x332 ?x355)))
 (let ((?x361 (* |g2[1]| ?x360)))
 (let ((?x357 (* ?x355 ?x356)))
 (let ((?x344 (* 0.0 polygamma!48)))
 (let ((?x158 (* 0.0 polygamma!44)))
 (let ((?x345 (+ ?x158 ?x344)))
 (let ((?x335 (- polygamma!53)))
 (let ((?x346 (+ ?x335 ?x345)))
 (let ((?x347 (- ?x346)))
 (let ((?x348 (* ?x332 ?x347)))
 (let ((?x358 (+ ?x348 ?x357)))
 (let ((?x134 (- b)))
 (let ((?x334 (+ f2 ?x134)))
 (let ((?x359 (* ?x334 ?x358)))
 (let ((?x362 (+ ?x359 ?x361)))
 (let ((?x368 (+ ?x362 ?x367)))
 (let ((?x166 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x165 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x167 (+ ?x165 ?x166)))
 (let ((?x139 (* |g2[1]| 1.0)))
 (let ((?x113 (* ?x110 1.0)))
 (let ((?x137 (* f2 ?x113)))
 (let ((?x140 (+ ?x137 ?x139)))
 (let ((?x135 (* ?x113 ?x134)))
 (let ((?x141 (+ ?x135 ?x140)))
 (let ((?x163 (* log!16 ?x141)))
 (let ((?x144 (* f2 1.0)))
 (let ((?x143 (* 1.0 ?x134)))
 (let ((?x145 (+ ?x143 ?x144)))
 (let ((?x159 (- ?x145)))
 (let ((?x160 (* ?x158 ?x159)))
 (let ((?x150 (- ?x141)))
 (let ((?x151 (* digamma!42 ?x150)))
 (let ((?x161 (+ ?x151 ?x160)))
 (let ((?x147 (* polygamma!53 ?x145)))
 (let ((?x142 (* digamma!52 ?x141)))
 (let ((?x148 (+ ?x142 ?x147)))
 (let ((?x131 (* |g2[0]| ?x113)))
 (let ((?x114 (* (/ 1.0 2.0) ?x113)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x117 (+ (- 1.0) 1.0)))
 (let ((?x118 (* (/ 1.0 2.0) ?x117)))
 (let ((?x126 (+ ?x118 ?x115)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x122 (* 0.0 ?x118)))
 (let ((?x123 (+ ?x122 ?x115)))
 (let ((?x124 (* |h2[0,0]| ?x123)))
 (let ((?x128 (+ ?x124 ?x127)))
 (let ((?x119 (* |h2[0,1]| ?x118)))
 (let ((?x120 (+ ?x115 ?x119)))
 (let ((?x129 (+ ?x120 ?x128)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x149 (+ ?x132 ?x148)))
 (let ((?x162 (+ ?x149 ?x161)))
 (let ((?x164 (+ ?x162 ?x163)))
 (let ((?x168 (+ ?x164 ?x167)))
 (let ((?x333 (* ?x332 ?x168)))
 (or (and (distinct ?x333 ?x368) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!21 log!16) (< exp!2 exp!1)))
(assert
 (= (< log!16 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> (+ 1.0 (- z)) 0.0) (= exp!2 (+ 1.0 (- z)))))
(assert
 (let (($x75 (= concentration0 concentration1)))
 (let (($x76 (and $x75)))
 (=> $x76 (= lgamma!25 lgamma!24)))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= lgamma!28 lgamma!24))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= lgamma!28 lgamma!25))))
(assert
 (let (($x75 (= concentration0 concentration1)))
 (let (($x76 (and $x75)))
 (=> $x76 (= digamma!46 digamma!42)))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= digamma!52 digamma!42))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= digamma!52 digamma!46))))
(assert
 (let (($x153 (= 1.0 1.0)))
 (=> (and $x153 (= concentration1 (+ concentration1 concentration0))) (= polygamma!44 polygamma!53))))
(assert
 (= (< lgamma!24 log!16) (< exp!3 exp!1)))
(assert
 (= (< log!16 lgamma!24) (< exp!1 exp!3)))
(assert
 (= (< lgamma!24 log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 lgamma!24) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!24 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!24)))
(assert
 (= (< lgamma!25 log!16) (< exp!4 exp!1)))
(assert
 (= (< log!16 lgamma!25) (< exp!1 exp!4)))
(assert
 (= (< lgamma!25 log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 lgamma!25) (< exp!2 exp!4)))
(assert
 (= (< lgamma!25 lgamma!24) (< exp!4 exp!3)))
(assert
 (= (< lgamma!24 lgamma!25) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!25 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!25)))
(assert
 (= (< lgamma!28 log!16) (< exp!5 exp!1)))
(assert
 (= (< log!16 lgamma!28) (< exp!1 exp!5)))
(assert
 (= (< lgamma!28 log!21) (< exp!5 exp!2)))
(assert
 (= (< log!21 lgamma!28) (< exp!2 exp!5)))
(assert
 (= (< lgamma!28 lgamma!24) (< exp!5 exp!3)))
(assert
 (= (< lgamma!24 lgamma!28) (< exp!3 exp!5)))
(assert
 (= (< lgamma!28 lgamma!25) (< exp!5 exp!4)))
(assert
 (= (< lgamma!25 lgamma!28) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!28 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!28)))
(assert
 (= (< (* concentration1 log!16) log!16) (< exp!6 exp!1)))
(assert
 (= (< log!16 (* concentration1 log!16)) (< exp!1 exp!6)))
(assert
 (= (< (* concentration1 log!16) log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 (* concentration1 log!16)) (< exp!2 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!24) (< exp!6 exp!3)))
(assert
 (= (< lgamma!24 (* concentration1 log!16)) (< exp!3 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!25) (< exp!6 exp!4)))
(assert
 (= (< lgamma!25 (* concentration1 log!16)) (< exp!4 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!28) (< exp!6 exp!5)))
(assert
 (= (< lgamma!28 (* concentration1 log!16)) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> (* concentration1 log!16) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (* concentration1 log!16))))
(assert
 (= (< (* concentration0 log!21) log!16) (< exp!7 exp!1)))
(assert
 (= (< log!16 (* concentration0 log!21)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration0 log!21) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration0 log!21)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!24) (< exp!7 exp!3)))
(assert
 (= (< lgamma!24 (* concentration0 log!21)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!25) (< exp!7 exp!4)))
(assert
 (= (< lgamma!25 (* concentration0 log!21)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!28) (< exp!7 exp!5)))
(assert
 (= (< lgamma!28 (* concentration0 log!21)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration0 log!21) (* concentration1 log!16)) (< exp!7 exp!6)))
(assert
 (= (< (* concentration1 log!16) (* concentration0 log!21)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration0 log!21) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration0 log!21))))
(assert
 (let (($x153 (= 1.0 1.0)))
 (=> (and $x153 (= concentration0 (+ concentration1 concentration0))) (= polygamma!48 polygamma!53))))
(assert
 (=> (and (= 1.0 1.0) (= concentration0 concentration1)) (= polygamma!48 polygamma!44)))
(check-sat)
(pop 1)
