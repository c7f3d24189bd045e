; certjax: rule estimators.score_Beta, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun log!20 () Real)
(declare-fun log!15 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!47 () Real)
(declare-fun polygamma!43 () Real)
(declare-fun polygamma!52 () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x363 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x364 (* (/ 1.0 2.0) ?x363)))
 (let ((?x287 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x332 (* ?x287 exp!7)))
 (let ((?x365 (* ?x332 ?x364)))
 (let ((?x109 (- digamma!51)))
 (let ((?x97 (* 0.0 digamma!45)))
 (let ((?x103 (+ digamma!41 ?x97)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x94 (* log!20 0.0)))
 (let ((?x95 (+ log!15 ?x94)))
 (let ((?x112 (+ ?x95 ?x111)))
 (let ((?x357 (* ?x332 ?x112)))
 (let ((?x362 (* |g2[1]| ?x357)))
 (let ((?x366 (+ ?x362 ?x365)))
 (let ((?x336 (* 0.0 digamma!41)))
 (let ((?x337 (+ ?x336 digamma!45)))
 (let ((?x338 (+ ?x337 ?x109)))
 (let ((?x339 (- ?x338)))
 (let ((?x334 (* log!15 0.0)))
 (let ((?x335 (+ log!20 ?x334)))
 (let ((?x340 (+ ?x335 ?x339)))
 (let ((?x358 (* ?x340 ?x357)))
 (let ((?x158 (* 0.0 polygamma!47)))
 (let ((?x352 (* 0.0 polygamma!43)))
 (let ((?x353 (+ ?x352 ?x158)))
 (let ((?x343 (- polygamma!52)))
 (let ((?x354 (+ ?x343 ?x353)))
 (let ((?x355 (- ?x354)))
 (let ((?x356 (* ?x332 ?x355)))
 (let ((?x359 (+ ?x356 ?x358)))
 (let ((?x360 (* f2 ?x359)))
 (let ((?x341 (* ?x332 ?x340)))
 (let ((?x342 (* |g2[0]| ?x341)))
 (let ((?x361 (+ ?x342 ?x360)))
 (let ((?x367 (+ ?x361 ?x366)))
 (let ((?x166 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x165 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x167 (+ ?x165 ?x166)))
 (let ((?x139 (* |g2[0]| 1.0)))
 (let ((?x115 (* ?x112 1.0)))
 (let ((?x137 (* f2 ?x115)))
 (let ((?x140 (+ ?x137 ?x139)))
 (let ((?x135 (* 0.0 ?x115)))
 (let ((?x141 (+ ?x135 ?x140)))
 (let ((?x163 (* log!20 ?x141)))
 (let ((?x144 (* f2 1.0)))
 (let ((?x143 (* 0.0 1.0)))
 (let ((?x145 (+ ?x143 ?x144)))
 (let ((?x159 (- ?x145)))
 (let ((?x160 (* ?x158 ?x159)))
 (let ((?x150 (- ?x141)))
 (let ((?x151 (* digamma!45 ?x150)))
 (let ((?x161 (+ ?x151 ?x160)))
 (let ((?x147 (* polygamma!52 ?x145)))
 (let ((?x142 (* digamma!51 ?x141)))
 (let ((?x148 (+ ?x142 ?x147)))
 (let ((?x133 (* |g2[1]| ?x115)))
 (let ((?x116 (* (/ 1.0 2.0) ?x115)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x119 (+ (- 1.0) 1.0)))
 (let ((?x120 (* (/ 1.0 2.0) ?x119)))
 (let ((?x127 (* 0.0 ?x120)))
 (let ((?x128 (+ ?x127 ?x117)))
 (let ((?x129 (* |h2[1,1]| ?x128)))
 (let ((?x124 (+ ?x120 ?x117)))
 (let ((?x125 (* |h2[0,1]| ?x124)))
 (let ((?x130 (+ ?x125 ?x129)))
 (let ((?x121 (* |h2[1,0]| ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x131 (+ ?x122 ?x130)))
 (let ((?x134 (+ ?x131 ?x133)))
 (let ((?x149 (+ ?x134 ?x148)))
 (let ((?x162 (+ ?x149 ?x161)))
 (let ((?x164 (+ ?x162 ?x163)))
 (let ((?x168 (+ ?x164 ?x167)))
 (let ((?x333 (* ?x332 ?x168)))
 (or (and (distinct ?x333 ?x367) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (=> (and (= concentration0 concentration1)) (= lgamma!24 lgamma!23)))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= lgamma!27 lgamma!23))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= lgamma!27 lgamma!24))))
(assert
 (=> (and (= concentration1 concentration0)) (= digamma!41 digamma!45)))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= digamma!51 digamma!45))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= digamma!51 digamma!41))))
(assert
 (let (($x153 (= 1.0 1.0)))
 (=> (and $x153 (= concentration0 (+ concentration1 concentration0))) (= polygamma!47 polygamma!52))))
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
 (let (($x153 (= 1.0 1.0)))
 (=> (and $x153 (= concentration1 (+ concentration1 concentration0))) (= polygamma!43 polygamma!52))))
(assert
 (=> (and (= 1.0 1.0) (= concentration1 concentration0)) (= polygamma!43 polygamma!47)))
(check-sat)
(pop 1)
