; certjax: rule estimators.score_Beta, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun digamma!51 () Real)
(declare-fun digamma!45 () Real)
(declare-fun digamma!41 () Real)
(declare-fun log!15 () Real)
(declare-fun log!20 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!47 () Real)
(declare-fun polygamma!43 () Real)
(declare-fun polygamma!52 () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun lgamma!23 () Real)
(declare-fun lgamma!24 () Real)
(declare-fun lgamma!27 () Real)
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
 (let ((?x361 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x362 (* (/ 1.0 2.0) ?x361)))
 (let ((?x285 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x330 (* ?x285 exp!7)))
 (let ((?x363 (* ?x330 ?x362)))
 (let ((?x107 (- digamma!51)))
 (let ((?x97 (* 0.0 digamma!41)))
 (let ((?x101 (+ ?x97 digamma!45)))
 (let ((?x108 (+ ?x101 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x94 (* log!15 0.0)))
 (let ((?x95 (+ log!20 ?x94)))
 (let ((?x110 (+ ?x95 ?x109)))
 (let ((?x353 (* ?x330 ?x110)))
 (let ((?x360 (* |g2[0]| ?x353)))
 (let ((?x364 (+ ?x360 ?x363)))
 (let ((?x348 (* 0.0 digamma!45)))
 (let ((?x349 (+ digamma!41 ?x348)))
 (let ((?x350 (+ ?x349 ?x107)))
 (let ((?x351 (- ?x350)))
 (let ((?x346 (* log!20 0.0)))
 (let ((?x347 (+ log!15 ?x346)))
 (let ((?x352 (+ ?x347 ?x351)))
 (let ((?x357 (* ?x330 ?x352)))
 (let ((?x358 (* |g2[1]| ?x357)))
 (let ((?x354 (* ?x352 ?x353)))
 (let ((?x341 (* 0.0 polygamma!47)))
 (let ((?x156 (* 0.0 polygamma!43)))
 (let ((?x342 (+ ?x156 ?x341)))
 (let ((?x332 (- polygamma!52)))
 (let ((?x343 (+ ?x332 ?x342)))
 (let ((?x344 (- ?x343)))
 (let ((?x345 (* ?x330 ?x344)))
 (let ((?x355 (+ ?x345 ?x354)))
 (let ((?x356 (* f2 ?x355)))
 (let ((?x359 (+ ?x356 ?x358)))
 (let ((?x365 (+ ?x359 ?x364)))
 (let ((?x164 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x163 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x165 (+ ?x163 ?x164)))
 (let ((?x137 (* |g2[1]| 1.0)))
 (let ((?x113 (* ?x110 1.0)))
 (let ((?x135 (* f2 ?x113)))
 (let ((?x138 (+ ?x135 ?x137)))
 (let ((?x133 (* 0.0 ?x113)))
 (let ((?x139 (+ ?x133 ?x138)))
 (let ((?x161 (* log!15 ?x139)))
 (let ((?x142 (* f2 1.0)))
 (let ((?x141 (* 0.0 1.0)))
 (let ((?x143 (+ ?x141 ?x142)))
 (let ((?x157 (- ?x143)))
 (let ((?x158 (* ?x156 ?x157)))
 (let ((?x148 (- ?x139)))
 (let ((?x149 (* digamma!41 ?x148)))
 (let ((?x159 (+ ?x149 ?x158)))
 (let ((?x145 (* polygamma!52 ?x143)))
 (let ((?x140 (* digamma!51 ?x139)))
 (let ((?x146 (+ ?x140 ?x145)))
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
 (let ((?x147 (+ ?x132 ?x146)))
 (let ((?x160 (+ ?x147 ?x159)))
 (let ((?x162 (+ ?x160 ?x161)))
 (let ((?x166 (+ ?x162 ?x165)))
 (let ((?x331 (* ?x330 ?x166)))
 (or (and (distinct ?x331 ?x365) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!15 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!15)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!20 log!15) (< exp!2 exp!1)))
(assert
 (= (< log!15 log!20) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!20 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!20)))
(assert
 (=> (> (+ 1.0 (- z)) 0.0) (= exp!2 (+ 1.0 (- z)))))
(assert
 (let (($x75 (= concentration0 concentration1)))
 (let (($x76 (and $x75)))
 (=> $x76 (= lgamma!24 lgamma!23)))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= lgamma!27 lgamma!23))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= lgamma!27 lgamma!24))))
(assert
 (let (($x75 (= concentration0 concentration1)))
 (let (($x76 (and $x75)))
 (=> $x76 (= digamma!45 digamma!41)))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= digamma!51 digamma!41))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= digamma!51 digamma!45))))
(assert
 (let (($x151 (= 1.0 1.0)))
 (=> (and $x151 (= concentration1 (+ concentration1 concentration0))) (= polygamma!43 polygamma!52))))
(assert
 (= (< lgamma!23 log!15) (< exp!3 exp!1)))
(assert
 (= (< log!15 lgamma!23) (< exp!1 exp!3)))
(assert
 (= (< lgamma!23 log!20) (< exp!3 exp!2)))
(assert
 (= (< log!20 lgamma!23) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!23 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!23)))
(assert
 (= (< lgamma!24 log!15) (< exp!4 exp!1)))
(assert
 (= (< log!15 lgamma!24) (< exp!1 exp!4)))
(assert
 (= (< lgamma!24 log!20) (< exp!4 exp!2)))
(assert
 (= (< log!20 lgamma!24) (< exp!2 exp!4)))
(assert
 (= (< lgamma!24 lgamma!23) (< exp!4 exp!3)))
(assert
 (= (< lgamma!23 lgamma!24) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!24 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!24)))
(assert
 (= (< lgamma!27 log!15) (< exp!5 exp!1)))
(assert
 (= (< log!15 lgamma!27) (< exp!1 exp!5)))
(assert
 (= (< lgamma!27 log!20) (< exp!5 exp!2)))
(assert
 (= (< log!20 lgamma!27) (< exp!2 exp!5)))
(assert
 (= (< lgamma!27 lgamma!23) (< exp!5 exp!3)))
(assert
 (= (< lgamma!23 lgamma!27) (< exp!3 exp!5)))
(assert
 (= (< lgamma!27 lgamma!24) (< exp!5 exp!4)))
(assert
 (= (< lgamma!24 lgamma!27) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!27 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!27)))
(assert
 (= (< (* concentration1 log!15) log!15) (< exp!6 exp!1)))
(assert
 (= (< log!15 (* concentration1 log!15)) (< exp!1 exp!6)))
(assert
 (= (< (* concentration1 log!15) log!20) (< exp!6 exp!2)))
(assert
 (= (< log!20 (* concentration1 log!15)) (< exp!2 exp!6)))
(assert
 (= (< (* concentration1 log!15) lgamma!23) (< exp!6 exp!3)))
(assert
 (= (< lgamma!23 (* concentration1 log!15)) (< exp!3 exp!6)))
(assert
 (= (< (* concentration1 log!15) lgamma!24) (< exp!6 exp!4)))
(assert
 (= (< lgamma!24 (* concentration1 log!15)) (< exp!4 exp!6)))
(assert
 (= (< (* concentration1 log!15) lgamma!27) (< exp!6 exp!5)))
(assert
 (= (< lgamma!27 (* concentration1 log!15)) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> (* concentration1 log!15) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (* concentration1 log!15))))
(assert
 (= (< (* concentration0 log!20) log!15) (< exp!7 exp!1)))
(assert
 (= (< log!15 (* concentration0 log!20)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration0 log!20) log!20) (< exp!7 exp!2)))
(assert
 (= (< log!20 (* concentration0 log!20)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration0 log!20) lgamma!23) (< exp!7 exp!3)))
(assert
 (= (< lgamma!23 (* concentration0 log!20)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration0 log!20) lgamma!24) (< exp!7 exp!4)))
(assert
 (= (< lgamma!24 (* concentration0 log!20)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration0 log!20) lgamma!27) (< exp!7 exp!5)))
(assert
 (= (< lgamma!27 (* concentration0 log!20)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration0 log!20) (* concentration1 log!15)) (< exp!7 exp!6)))
(assert
 (= (< (* concentration1 log!15) (* concentration0 log!20)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration0 log!20) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration0 log!20))))
(assert
 (let (($x151 (= 1.0 1.0)))
 (=> (and $x151 (= concentration0 (+ concentration1 concentration0))) (= polygamma!47 polygamma!52))))
(assert
 (=> (and (= 1.0 1.0) (= concentration0 concentration1)) (= polygamma!47 polygamma!43)))
(check-sat)
(pop 1)
